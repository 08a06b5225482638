# Termes communs à toutes les surfaces du catalogue français. Le glossaire
# (src/i18n/glossary.csv) donne chaque terme dans chaque langue.

-fos = Cadre de normes sur le commerce électronique transfrontalier
-fos-short = FoS
