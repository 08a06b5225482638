mod cli;
mod csv;
mod json_fixtures;
mod oracles;
mod render;
mod schemas;
mod xml;
