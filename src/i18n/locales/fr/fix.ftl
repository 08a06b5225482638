# `fosx fix` (src/fix/) : les lignes qu'il écrit sur les modifications faites
# et sur un fichier qu'il n'a pas réparé.

# Une modification dans un fichier de plusieurs documents : où elle a été
# faite, avant les valeurs.
fix-change-in-document = document { $document }, { $path }
fix-verdict =
    { $file } : { $changed } { $changed ->
        [one] valeur modifiée
       *[other] valeurs modifiées
    } ; le résultat : { $errors } { $errors ->
        [one] erreur
       *[other] erreurs
    }, { $warnings } { $warnings ->
        [one] avertissement
       *[other] avertissements
    }
fix-unreadable = { $file } : non réparé : il ne peut pas être lu
fix-no-place = { $file } : non réparé : la forme canonique n'a pas de place pour { $what }
fix-not-written = { $file } : non réparé : { $why }
