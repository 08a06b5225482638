# `fosx fix` (src/fix/) : les lignes qu'il écrit sur les modifications faites
# et sur un fichier qu'il n'a pas réparé.

# Une modification dans un fichier de plusieurs documents : où elle a été
# faite, avant les valeurs.
fix-change-in-document = document { $document }, { $path }
# Une modification faite, sur la sortie d'erreur : où, la valeur telle que
# le fichier l'avait et la nouvelle valeur ($old, $new : entre guillemets
# droits, "20/05/2026"). Dans un classeur : le fichier, la cellule ($cell :
# `Soumission!E2`) et le nom de sa colonne ($column : `submissionDate`).
fix-change-at-cell = { $file } : { $cell } ({ $column }) : { $old } → { $new }
# En CSV : le fichier et l'emplacement tel que les diagnostics le disent
# ($place : `ligne 2, colonne E (submissionDate)`).
fix-change-at-row = { $file } : { $place } : { $old } → { $new }
# En JSON ou XML : le fichier, la ligne et la colonne, le chemin JSON
# ($path : `/submissionDate`, ou fix-change-in-document).
fix-change-at-line = { $file }:{ $line }:{ $column }: { $path } : { $old } → { $new }
# De même, quand l'emplacement de la valeur dans le fichier n'est pas connu.
fix-change-at-path = { $file } : { $path } : { $old } → { $new }
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
