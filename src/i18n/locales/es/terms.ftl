# Términos comunes a todas las superficies del catálogo en español. El
# glosario (src/i18n/glossary.csv) da cada término en cada idioma.

-fos = Marco de Normas sobre el Comercio Electrónico Transfronterizo
-fos-short = FoS
