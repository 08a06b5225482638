# Terms shared by every surface of the English catalogue. The glossary
# (src/i18n/glossary.csv) gives each term in every language.

-fos = Framework of Standards on Cross-Border E-Commerce
-fos-short = FoS
