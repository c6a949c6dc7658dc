<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CSV</name>
        <message>
            <source>{file}: {read} rows read, {used} used</source>
            <translation>{file} : {read} lignes lues, {used} utilisées</translation>
        </message>
        <message>
            <source>, {dropped} dropped ({missing} missing)</source>
            <translation>, {dropped} supprimées ({missing} manquantes)</translation>
        </message>
        <message>
            <source>Inputs: {columns} columns ({numeric} numeric, {categorical} categorical) -&gt; {width} encoded inputs</source>
            <translation>Entrées : {columns} colonnes ({numeric} numériques, {categorical} catégorielles) -&gt; {width} entrées encodées</translation>
        </message>
        <message>
            <source>, standardized</source>
            <translation>, standardisées</translation>
        </message>
        <message>
            <source>Filled {total} missing cells ({cells}).</source>
            <translation>{total} cellules manquantes complétées ({cells}).</translation>
        </message>
        <message>
            <source>Target {columns}: {task}.</source>
            <translation>Cible {columns} : {task}.</translation>
        </message>
        <message>
            <source>Split: {train} training rows, {test} test rows.</source>
            <translation>Répartition : {train} lignes d'entraînement, {test} lignes de test.</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Attention : {warning}</translation>
        </message>
        <message numerus="yes">
            <source>regression, %n output(s)</source>
            <translation>
                <numerusform>régression, %n sortie</numerusform>
                <numerusform>régression, %n sorties</numerusform>
            </translation>
        </message>
        <message>
            <source>1 sigmoid output</source>
            <translation>1 sortie sigmoïde</translation>
        </message>
        <message>
            <source>{k} softmax outputs</source>
            <translation>{k} sorties softmax</translation>
        </message>
        <message>
            <source>classification, {k} classes ({counts}) -&gt; {outputs}</source>
            <translation>classification, {k} classes ({counts}) -&gt; {outputs}</translation>
        </message>
        <message>
            <source>{file}: the file has no column {quoted} (it has {quoted2})</source>
            <translation>{file} : le fichier n'a pas de colonne {quoted} (il a {quoted2})</translation>
        </message>
        <message>
            <source>{file}: no rows left after dropping rows with missing values</source>
            <translation>{file} : plus aucune ligne après suppression des lignes avec des valeurs manquantes</translation>
        </message>
        <message>
            <source>column "{column}" has {k} different values in {rows} rows; if it is an identifier, ignore it</source>
            <translation>la colonne « {column} » a {k} valeurs différentes sur {rows} lignes ; si c'est un identifiant, ignorez-la</translation>
        </message>
        <message>
            <source>{file}: every column is ignored</source>
            <translation>{file} : toutes les colonnes sont écartées</translation>
        </message>
        <message>
            <source>{file}: no target column given</source>
            <translation>{file} : aucune colonne cible indiquée</translation>
        </message>
        <message>
            <source>{file}: no input columns: every column is the target or ignored</source>
            <translation>{file} : aucune colonne d'entrée : chaque colonne est la cible ou est écartée</translation>
        </message>
        <message>
            <source>{file}: {what} must be a list of column names, got {names!r}</source>
            <translation>{file} : {what} doit être une liste de noms de colonnes, reçu {names!r}</translation>
        </message>
        <message>
            <source>{file}: {what}: {name!r} is not a column name</source>
            <translation>{file} : {what} : {name!r} n'est pas un nom de colonne</translation>
        </message>
        <message>
            <source>{file}: target column {quoted} is also ignored</source>
            <translation>{file} : la colonne cible {quoted} est aussi écartée</translation>
        </message>
        <message>
            <source>{file}: {what}: no column "{name}" (the columns are {quoted})</source>
            <translation>{file} : {what} : pas de colonne « {name} » (les colonnes sont {quoted})</translation>
        </message>
        <message>
            <source>{file}: {what}: a column is named twice</source>
            <translation>{file} : {what} : une colonne est nommée deux fois</translation>
        </message>
        <message>
            <source>{file}: column_types must map column names to types</source>
            <translation>{file} : column_types doit associer des noms de colonnes à des types</translation>
        </message>
        <message>
            <source>{file}: column_types: "{name}": unknown type {kind!r} (use {KINDS})</source>
            <translation>{file} : column_types : « {name} » : type inconnu {kind!r} (utilisez {KINDS})</translation>
        </message>
        <message>
            <source>{file}: unknown task {task!r} (use {TASKS})</source>
            <translation>{file} : tâche inconnue {task!r} (utilisez {TASKS})</translation>
        </message>
        <message>
            <source>{file}: unknown missing-value policy {missing!r} (use {MISSING_POLICIES})</source>
            <translation>{file} : traitement des valeurs manquantes inconnu {missing!r} (utilisez {MISSING_POLICIES})</translation>
        </message>
        <message>
            <source>{file}: test_fraction must be a number from 0 to below 1, got {test_fraction!r}</source>
            <translation>{file} : test_fraction doit être un nombre entre 0 et moins de 1, reçu {test_fraction!r}</translation>
        </message>
        <message>
            <source>{file}: seed must be a non-negative integer, got {seed!r}</source>
            <translation>{file} : la graine doit être un entier positif ou nul, reçu {seed!r}</translation>
        </message>
        <message>
            <source>{file}: classification takes one target column, got {targets} ({quoted})</source>
            <translation>{file} : la classification demande une seule colonne cible, reçu {targets} ({quoted})</translation>
        </message>
        <message>
            <source>{file}: target column "{text}" is not numeric; several target columns must all be numbers (regression)</source>
            <translation>{file} : la colonne cible « {text} » n'est pas numérique ; plusieurs colonnes cibles doivent toutes être des nombres (régression)</translation>
        </message>
        <message>
            <source>{file}: target column "{name}" holds text, so it cannot be a regression target</source>
            <translation>{file} : la colonne cible « {name} » contient du texte, elle ne peut donc pas être la cible d'une régression</translation>
        </message>
        <message>
            <source>{file}: target column "{name}" has only one class ("{classes}"); a classifier needs at least two</source>
            <translation>{file} : la colonne cible « {name} » n'a qu'une seule classe (« {classes} ») ; un classifieur en demande au moins deux</translation>
        </message>
        <message>
            <source>{file}: no rows left after dropping rows with missing values (missing cells: {blame}); ignore some of these columns{hint}</source>
            <translation>{file} : plus aucune ligne après suppression des lignes avec des valeurs manquantes (cellules manquantes : {blame}) ; écartez certaines de ces colonnes{hint}</translation>
        </message>
        <message>
            <source>{file}: column "{name}" has no values in the training rows, so it cannot be filled or scaled; ignore it</source>
            <translation>{file} : la colonne « {name} » n'a aucune valeur dans les lignes d'entraînement, elle ne peut donc être ni complétée ni mise à l'échelle ; écartez-la</translation>
        </message>
        <message>
            <source>{file}: column "{name}": the numbers are too large to average (up to {max:g})</source>
            <translation>{file} : colonne « {name} » : les nombres sont trop grands pour en faire la moyenne (jusqu'à {max:g})</translation>
        </message>
        <message>
            <source>{locate}, column {spec}: '{cell}' is not a number</source>
            <translation>{locate}, colonne {spec} : « {cell} » n'est pas un nombre</translation>
        </message>
        <message>
            <source>{locate}, column {spec}: '{cell}' is too large to encode</source>
            <translation>{locate}, colonne {spec} : « {cell} » est trop grand pour être encodé</translation>
        </message>
        <message>
            <source>{locate}, column {spec}: the value is missing and the encoding has no fill value (it was made with missing="drop")</source>
            <translation>{locate}, colonne {spec} : la valeur manque et l'encodage n'a pas de valeur de remplacement (il a été fait avec missing="drop")</translation>
        </message>
        <message>
            <source>{locate}, column {name}: '{cell}' is not one of the classes ({target})</source>
            <translation>{locate}, colonne {name} : « {cell} » n'est pas l'une des classes ({target})</translation>
        </message>
        <message>
            <source>row {value}: no value for column "{name}"</source>
            <translation>ligne {value} : pas de valeur pour la colonne « {name} »</translation>
        </message>
        <message>
            <source>row {value}: expected a mapping or a sequence of values, got {row!r}</source>
            <translation>ligne {value} : attendu un dictionnaire ou une suite de valeurs, reçu {row!r}</translation>
        </message>
        <message>
            <source>row {value}: expected {header} values (a whole CSV row) or {names} (the input columns), got {row}</source>
            <translation>ligne {value} : {header} valeurs attendues (une ligne CSV entière) ou {names} (les colonnes d'entrée), reçu {row}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where} : {message}</translation>
        </message>
        <message>
            <source>{name}: the file is UTF-16 encoded; save it as UTF-8</source>
            <translation>{name} : le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <source>{name}: line {line}: contains a NUL byte; this looks like a binary file, not a CSV text file</source>
            <translation>{name} : ligne {line} : contient un octet NUL ; cela ressemble à un fichier binaire, pas à un fichier texte CSV</translation>
        </message>
        <message>
            <source>{name}: the file is empty</source>
            <translation>{name} : le fichier est vide</translation>
        </message>
        <message>
            <source>{name}: the file is too large (more than the limit of {value:,.0f} MB)</source>
            <translation>{name} : le fichier est trop gros (plus que la limite de {value:,.0f} Mo)</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>{name}, line {line}: row {row}</source>
            <translation>{name}, ligne {line} du fichier : ligne de données {row}</translation>
        </message>
        <message>
            <source>{name}: line {line}: byte 0x{block:02x} is not valid UTF-8; the file is binary or uses another encoding (save it as UTF-8)</source>
            <translation>{name} : ligne {line} : l'octet 0x{block:02x} n'est pas de l'UTF-8 valide ; le fichier est binaire ou utilise un autre encodage (enregistrez-le en UTF-8)</translation>
        </message>
        <message>
            <source>{name}: the end of the file is not valid UTF-8 (a truncated character); save it as UTF-8</source>
            <translation>{name} : la fin du fichier n'est pas de l'UTF-8 valide (un caractère tronqué) ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <source>{name}: line {start}: malformed CSV ({exc})</source>
            <translation>{name} : ligne {start} : CSV mal formé ({exc})</translation>
        </message>
        <message>
            <source>{name}: no data rows after the header (line {header_line})</source>
            <translation>{name} : aucune ligne de données après l'en-tête (ligne {header_line})</translation>
        </message>
        <message>
            <source>{name}: line {line}: column {position} of the header has no name; give every column a name</source>
            <translation>{name} : ligne {line} : la colonne {position} de l'en-tête n'a pas de nom ; donnez un nom à chaque colonne</translation>
        </message>
        <message>
            <source>{name}: line {line}: duplicate column name "{column}" (columns {seen} and {position})</source>
            <translation>{name} : ligne {line} : nom de colonne en double « {column} » (colonnes {seen} et {position})</translation>
        </message>
        <message>
            <source>{name}: line {line}: the first row holds only numbers, so it looks like data; the first row must be a header naming the columns</source>
            <translation>{name} : ligne {line} : la première ligne ne contient que des nombres, elle ressemble donc à des données ; la première ligne doit être un en-tête qui nomme les colonnes</translation>
        </message>
        <message>
            <source>{name}: line {line}: expected {expected} fields like the header, found {found} ({what}-separated; check for a missing or extra delimiter or an unclosed quote)</source>
            <translation>{name} : ligne {line} : {expected} champs attendus comme dans l'en-tête, {found} trouvés (séparateur : {what} ; cherchez un séparateur manquant ou en trop, ou un guillemet non fermé)</translation>
        </message>
        <message>
            <source>{file}: column "{column}" has no values (every cell is missing); ignore the column</source>
            <translation>{file} : la colonne « {column} » n'a aucune valeur (toutes ses cellules manquent) ; ignorez la colonne</translation>
        </message>
        <message>
            <source>{file}: column "{column}" mixes decimal commas ("0,5") and decimal points ("0.5"); write all its numbers one way (points are safest)</source>
            <translation>{file} : la colonne « {column} » mélange virgules décimales (« 0,5 ») et points décimaux (« 0.5 ») ; écrivez tous ses nombres de la même façon (le point est le plus sûr)</translation>
        </message>
        <message>
            <source>the column is set to numeric</source>
            <translation>la colonne est déclarée numérique</translation>
        </message>
        <message>
            <source>{file}: column {column} holds numbers written with a decimal comma ("{cell}" and {more} more), which only ;- or tab-separated files may use; write them with decimal points (0.5), or save the file with ";" as the separator</source>
            <translation>{file} : la colonne {column} contient des nombres écrits avec une virgule décimale (« {cell} » et {more} autres), que seuls les fichiers séparés par des points-virgules ou des tabulations peuvent utiliser ; écrivez-les avec un point décimal (0.5), ou enregistrez le fichier avec « ; » comme séparateur</translation>
        </message>
        <message>
            <source>1 of {present} cells in this column is not a number</source>
            <translation>1 cellule sur {present} de cette colonne n'est pas un nombre</translation>
        </message>
        <message>
            <source>{count} of {present} cells in this column are not a number</source>
            <translation>{count} cellules sur {present} de cette colonne ne sont pas des nombres</translation>
        </message>
        <message>
            <source>{share}; fix the cell, or make the column categorical</source>
            <translation>{share} ; corrigez la cellule, ou rendez la colonne catégorielle</translation>
        </message>
        <message>
            <source>; it has a decimal comma, which only ;- or tab-separated files may use</source>
            <translation> ; elle contient une virgule décimale, que seuls les fichiers séparés par des points-virgules ou des tabulations peuvent utiliser</translation>
        </message>
        <message>
            <source>{where}, column {column}: '{cell}' is not a number ({advice}{hint})</source>
            <translation>{where}, colonne {column} : « {cell} » n'est pas un nombre ({advice}{hint})</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>positive {what}</source>
            <translation>{what} positif</translation>
        </message>
        <message>
            <source>negative {what}</source>
            <translation>{what} négatif</translation>
        </message>
        <message>
            <source>thicker, darker: larger {size}</source>
            <translation>plus épais, plus foncé : {size} plus grand</translation>
        </message>
        <message>
            <source>ring: bias (colour = sign)</source>
            <translation>anneau : biais (couleur = signe)</translation>
        </message>
        <message>
            <source>fill: activation a</source>
            <translation>remplissage : activation a</translation>
        </message>
        <message>
            <source>Not possible: {reason}</source>
            <translation>Impossible : {reason}</translation>
        </message>
        <message>
            <source>Not possible: neurons of the same layer are never connected</source>
            <translation>Impossible : les neurones d'une même couche ne sont jamais connectés</translation>
        </message>
        <message>
            <source>Not possible: connections run forward — drag from a neuron to a neuron of the next layer</source>
            <translation>Impossible : les connexions vont vers l'avant — faites glisser d'un neurone vers un neurone de la couche suivante</translation>
        </message>
        <message>
            <source>Not possible: only neighbouring layers are connected</source>
            <translation>Impossible : seules des couches voisines sont connectées</translation>
        </message>
        <message>
            <source>{source} → {target} is already connected</source>
            <translation>{source} → {target} est déjà connecté</translation>
        </message>
        <message>
            <source>Connection restored with weight {w}</source>
            <translation>Connexion rétablie avec le poids {w}</translation>
        </message>
        <message>
            <source>Edit weight</source>
            <translation>Modifier le poids</translation>
        </message>
        <message>
            <source>Weight of {name}:</source>
            <translation>Poids de {name} :</translation>
        </message>
        <message>
            <source>Edit bias</source>
            <translation>Modifier le biais</translation>
        </message>
        <message>
            <source>Bias of {name}:</source>
            <translation>Biais de {name} :</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Name of this neuron:</source>
            <translation>Nom de ce neurone :</translation>
        </message>
        <message>
            <source>Not possible: please type a number, such as 0.25 or -1e-3</source>
            <translation>Impossible : saisissez un nombre, comme 0,25 ou -1e-3</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>biais</translation>
        </message>
        <message>
            <source>Select a neuron, a connection or a layer header to delete it</source>
            <translation>Sélectionnez un neurone, une connexion ou un titre de couche pour le supprimer</translation>
        </message>
        <message>
            <source>input</source>
            <translation>d'entrée</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>cachée</translation>
        </message>
        <message>
            <source>output</source>
            <translation>de sortie</translation>
        </message>
        <message>
            <source>activation &lt;b&gt;{name}&lt;/b&gt;: {formula}</source>
            <translation>activation &lt;b&gt;{name}&lt;/b&gt; : {formula}</translation>
        </message>
        <message>
            <source>bias b = {b}</source>
            <translation>biais b = {b}</translation>
        </message>
        <message numerus="yes">
            <source>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; + b over %n incoming connection(s)</source>
            <translation>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; + b sur %n connexion entrante</numerusform>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; + b sur %n connexions entrantes</numerusform>
            </translation>
        </message>
        <message>
            <source>no bias (turned off for this layer)</source>
            <translation>pas de biais (désactivé pour cette couche)</translation>
        </message>
        <message numerus="yes">
            <source>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; over %n incoming connection(s)</source>
            <translation>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; sur %n connexion entrante</numerusform>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; sur %n connexions entrantes</numerusform>
            </translation>
        </message>
        <message>
            <source>weight w = &lt;b&gt;{w}&lt;/b&gt;</source>
            <translation>poids w = &lt;b&gt;{w}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>carries w·a = {w} × {a} = {wa}</source>
            <translation>transmet w·a = {w} × {a} = {wa}</translation>
        </message>
        <message>
            <source>{source} neuron {i} to {target} neuron {j}</source>
            <translation>{source} neurone {i} vers {target} neurone {j}</translation>
        </message>
        <message>
            <source>Hidden {l}</source>
            <translation>Cachée {l}</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>bias of {neuron}</source>
            <translation>biais de {neuron}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; — {kind} layer {l}, neuron {j} of {size}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; — couche {kind} {l}, neurone {j} sur {size}</translation>
        </message>
        <message>
            <source>an input feature: its value is passed on unchanged</source>
            <translation>une caractéristique d'entrée : sa valeur est transmise telle quelle</translation>
        </message>
        <message>
            <source>value x = {x}</source>
            <translation>valeur x = {x}</translation>
        </message>
        <message>
            <source>Hide connections weaker than this fraction of the strongest one in their layer</source>
            <translation>Masquer les connexions plus faibles que cette fraction de la plus forte de leur couche</translation>
        </message>
        <message>
            <source>Weight values</source>
            <translation>Valeurs des poids</translation>
        </message>
        <message>
            <source>Write each visible weight on its connection (up to 250 of them)</source>
            <translation>Écrire chaque poids visible sur sa connexion (jusqu'à 250)</translation>
        </message>
        <message>
            <source>Hide weak connections:</source>
            <translation>Masquer les connexions faibles :</translation>
        </message>
        <message>
            <source>network</source>
            <translation>réseau</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>below {fraction} of each layer's strongest {what}: showing {shown} of {total}</source>
            <translation>sous {fraction} du plus fort {what} de chaque couche : {shown} affichées sur {total}</translation>
        </message>
        <message numerus="yes">
            <source>showing all %n connection(s)</source>
            <translation>
                <numerusform>%n connexion affichée</numerusform>
                <numerusform>les %n connexions sont affichées</numerusform>
            </translation>
        </message>
        <message>
            <source>Drop the line on a neuron of the next layer to connect</source>
            <translation>Lâchez la ligne sur un neurone de la couche suivante pour connecter</translation>
        </message>
        <message>
            <source>; activation {name}</source>
            <translation> ; activation {name}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{title}&lt;/b&gt; — {kind} layer {l}: %n neuron(s)</source>
            <translation>
                <numerusform>&lt;b&gt;{title}&lt;/b&gt; — couche {kind} {l} : %n neurone</numerusform>
                <numerusform>&lt;b&gt;{title}&lt;/b&gt; — couche {kind} {l} : %n neurones</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;br&gt;click to select the layer; double-click to edit it</source>
            <translation>&lt;br&gt;cliquez pour sélectionner la couche ; double-cliquez pour la modifier</translation>
        </message>
        <message numerus="yes">
            <source>%n feature(s)</source>
            <translation>
                <numerusform>%n caractéristique</numerusform>
                <numerusform>%n caractéristiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n neuron(s) · {activation}</source>
            <translation>
                <numerusform>%n neurone · {activation}</numerusform>
                <numerusform>%n neurones · {activation}</numerusform>
            </translation>
        </message>
        <message>
            <source>Hidden layers {sizes}</source>
            <translation>Couches cachées {sizes}</translation>
        </message>
        <message>
            <source>Hidden activation {name}</source>
            <translation>Activation cachée {name}</translation>
        </message>
        <message>
            <source>Add a hidden layer before the output layer</source>
            <translation>Ajouter une couche cachée avant la couche de sortie</translation>
        </message>
        <message>
            <source>Remove the last hidden layer</source>
            <translation>Retirer la dernière couche cachée</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>Couches cachées</translation>
        </message>
        <message>
            <source>Not possible: the network has no hidden layer</source>
            <translation>Impossible : le réseau n'a pas de couche cachée</translation>
        </message>
        <message>
            <source>Add a neuron to this layer</source>
            <translation>Ajouter un neurone à cette couche</translation>
        </message>
        <message>
            <source>Remove this layer's last neuron</source>
            <translation>Retirer le dernier neurone de cette couche</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Edit bias…</source>
            <translation>Modifier le biais…</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n neuron(s)</source>
            <translation>
                <numerusform>Supprimer %n neurone</numerusform>
                <numerusform>Supprimer %n neurones</numerusform>
            </translation>
        </message>
        <message>
            <source>The input layer passes the features on unchanged</source>
            <translation>La couche d'entrée transmet les caractéristiques telles quelles</translation>
        </message>
        <message>
            <source>Activation of {layer}</source>
            <translation>Activation de la couche {layer}</translation>
        </message>
        <message>
            <source>Biases in {layer}</source>
            <translation>Biais dans la couche {layer}</translation>
        </message>
        <message>
            <source>Off: z = Σ w·a with no bias (PyTorch's bias=False)</source>
            <translation>Décoché : z = Σ w·a sans biais (bias=False de PyTorch)</translation>
        </message>
        <message>
            <source>Add a neuron to {layer}</source>
            <translation>Ajouter un neurone à la couche {layer}</translation>
        </message>
        <message>
            <source>Remove a neuron from {layer}</source>
            <translation>Retirer un neurone de la couche {layer}</translation>
        </message>
        <message>
            <source>Delete {layer}</source>
            <translation>Supprimer la couche {layer}</translation>
        </message>
        <message>
            <source>Edit weight…</source>
            <translation>Modifier le poids…</translation>
        </message>
        <message>
            <source>Delete connection</source>
            <translation>Supprimer la connexion</translation>
        </message>
        <message>
            <source>Fit to Window</source>
            <translation>Ajuster à la fenêtre</translation>
        </message>
        <message>
            <source>Re-layout</source>
            <translation>Réorganiser la disposition</translation>
        </message>
        <message>
            <source>Select all neurons</source>
            <translation>Sélectionner tous les neurones</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Add layer</source>
            <translation>Ajouter une couche</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insérer</translation>
        </message>
        <message>
            <source>Neurons</source>
            <translation>Neurones</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>Set activation</source>
            <translation>Choisir l'activation</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <source>Randomise weights</source>
            <translation>Poids aléatoires</translation>
        </message>
        <message>
            <source>The same seed gives the same weights</source>
            <translation>La même graine donne les mêmes poids</translation>
        </message>
        <message>
            <source>Initialiser</source>
            <translation>Initialisation</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Biases are set to 0; deleted connections stay deleted.</source>
            <translation>Les biais sont mis à 0 ; les connexions supprimées le restent.</translation>
        </message>
        <message>
            <source>
&lt;h2&gt;A short tour of NN Studio&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;The canvas&lt;/b&gt; (centre) shows the network: each circle is a neuron, columns are layers, from the
inputs on the left to the outputs on the right. Lines are connections: &lt;span style="color:#2166ac"&gt;blue&lt;/span&gt;
for a positive weight, &lt;span style="color:#e66101"&gt;orange&lt;/span&gt; for a negative one; thicker and darker
means a larger weight. The ring around a neuron is its bias, the fill its activation when known.
Hover over anything to see its numbers and formula.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Editing&lt;/b&gt;: drag neurons to arrange them; double-click a neuron to type its bias, a connection to
type its weight, a layer title to edit the layer. Select something and press &lt;i&gt;Delete&lt;/i&gt; to remove it;
a deleted connection comes back by Ctrl+dragging from a neuron to a neuron of the next layer.
Shift+wheel (or Alt+drag) on the selected neuron or connection changes its value a little.
Everything can be undone with Ctrl+Z.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;The inspector&lt;/b&gt; (right) shows the selected neuron, connection or layer and lets you edit it.
The &lt;b&gt;Training&lt;/b&gt; panel trains the network on a dataset; the &lt;b&gt;Plots&lt;/b&gt; panel shows the loss as it
learns.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Large networks&lt;/b&gt;: the slider under the canvas hides weak connections, so even a network with
100,000 connections stays readable and smooth.&lt;/p&gt;
</source>
            <translation>
&lt;h2&gt;Petite visite de NN Studio&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Le canevas&lt;/b&gt; (au centre) montre le réseau : chaque cercle est un neurone, les colonnes sont les couches, des
entrées à gauche aux sorties à droite. Les lignes sont les connexions : &lt;span style="color:#2166ac"&gt;bleues&lt;/span&gt;
pour un poids positif, &lt;span style="color:#e66101"&gt;orange&lt;/span&gt; pour un poids négatif ; plus épaisses et plus foncées
pour un poids plus grand. L'anneau autour d'un neurone est son biais, le remplissage son activation quand elle est connue.
Survolez n'importe quel élément pour voir ses nombres et sa formule.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Modifier&lt;/b&gt; : faites glisser les neurones pour les disposer ; double-cliquez sur un neurone pour saisir son biais, sur une connexion
pour saisir son poids, sur un titre de couche pour modifier la couche. Sélectionnez un élément et appuyez sur &lt;i&gt;Suppr&lt;/i&gt; pour le retirer ;
une connexion supprimée revient avec Ctrl+glisser d'un neurone vers un neurone de la couche suivante.
Maj+molette (ou Alt+glisser) sur le neurone ou la connexion sélectionnés modifie un peu sa valeur.
Tout peut être annulé avec Ctrl+Z.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;L'inspecteur&lt;/b&gt; (à droite) montre le neurone, la connexion ou la couche sélectionnés et permet de les modifier.
Le panneau &lt;b&gt;Entraînement&lt;/b&gt; entraîne le réseau sur un jeu de données ; le panneau &lt;b&gt;Graphiques&lt;/b&gt; montre la perte
pendant l'apprentissage.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Grands réseaux&lt;/b&gt; : le curseur sous le canevas masque les connexions faibles, si bien que même un réseau de
100 000 connexions reste lisible et fluide.&lt;/p&gt;
</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Keyboard and mouse&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Clavier et souris&lt;/h2&gt;</translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Step-through</source>
            <translation>Pas à pas</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Graphiques</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>{what} must be a number, got {value}</source>
            <translation>{what} doit être un nombre, reçu {value}</translation>
        </message>
        <message>
            <source>{what} must be a finite number, got {value}</source>
            <translation>{what} doit être un nombre fini, reçu {value}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n neuron(s)</source>
            <translation>
                <numerusform>Déplacer %n neurone</numerusform>
                <numerusform>Déplacer %n neurones</numerusform>
            </translation>
        </message>
        <message>
            <source>Add layer of {size} ({activation})</source>
            <translation>Ajouter une couche de {size} ({activation})</translation>
        </message>
        <message>
            <source>Remove layer {layer}</source>
            <translation>Supprimer la couche {layer}</translation>
        </message>
        <message>
            <source>Add neuron to {layer}</source>
            <translation>Ajouter un neurone à {layer}</translation>
        </message>
        <message>
            <source>cannot remove the last neuron of the {kind} layer</source>
            <translation>impossible de supprimer le dernier neurone de la couche {kind}</translation>
        </message>
        <message>
            <source>cannot remove every neuron of the {kind} layer: keep at least one</source>
            <translation>impossible de supprimer tous les neurones de la couche {kind} : gardez-en au moins un</translation>
        </message>
        <message>
            <source>Remove neuron {neuron}</source>
            <translation>Supprimer le neurone {neuron}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n neuron(s)</source>
            <translation>
                <numerusform>Supprimer %n neurone</numerusform>
                <numerusform>Supprimer %n neurones</numerusform>
            </translation>
        </message>
        <message>
            <source>a weight</source>
            <translation>un poids</translation>
        </message>
        <message>
            <source>this connection is deleted: drag from neuron to neuron to restore it</source>
            <translation>cette connexion est supprimée : faites glisser d'un neurone à l'autre pour la rétablir</translation>
        </message>
        <message>
            <source>Set weight {connection}</source>
            <translation>Modifier le poids {connection}</translation>
        </message>
        <message>
            <source>a bias</source>
            <translation>un biais</translation>
        </message>
        <message>
            <source>input neurons have no bias</source>
            <translation>les neurones d'entrée n'ont pas de biais</translation>
        </message>
        <message>
            <source>there is no neuron {j} in layer {layer}</source>
            <translation>il n'y a pas de neurone {j} dans la couche {layer}</translation>
        </message>
        <message>
            <source>layer {layer} has no bias (turn its bias on first)</source>
            <translation>la couche {layer} n'a pas de biais (activez d'abord son biais)</translation>
        </message>
        <message>
            <source>Set bias of {neuron}</source>
            <translation>Modifier le biais de {neuron}</translation>
        </message>
        <message>
            <source>Clear history</source>
            <translation>Effacer l'historique</translation>
        </message>
        <message>
            <source>there is no neuron {j} in layer {l}</source>
            <translation>il n'y a pas de neurone {j} dans la couche {l}</translation>
        </message>
        <message>
            <source>layer {layer} already has a bias</source>
            <translation>la couche {layer} a déjà un biais</translation>
        </message>
        <message>
            <source>layer {layer} has no bias</source>
            <translation>la couche {layer} n'a pas de biais</translation>
        </message>
        <message>
            <source>Add biases to layer {layer}</source>
            <translation>Ajouter des biais à la couche {layer}</translation>
        </message>
        <message>
            <source>Remove biases of layer {layer}</source>
            <translation>Retirer les biais de la couche {layer}</translation>
        </message>
        <message>
            <source>no connection selected</source>
            <translation>aucune connexion sélectionnée</translation>
        </message>
        <message>
            <source>Delete connection {connection}</source>
            <translation>Supprimer la connexion {connection}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n connection(s)</source>
            <translation>
                <numerusform>Supprimer %n connexion</numerusform>
                <numerusform>Supprimer %n connexions</numerusform>
            </translation>
        </message>
        <message>
            <source>connection {connection} already exists</source>
            <translation>la connexion {connection} existe déjà</translation>
        </message>
        <message>
            <source>Restore connection {connection}</source>
            <translation>Rétablir la connexion {connection}</translation>
        </message>
        <message>
            <source>expected {size} parameters, got {size2}</source>
            <translation>{size} paramètres attendus, reçu {size2}</translation>
        </message>
        <message>
            <source>Randomise weights ({init}, seed {seed})</source>
            <translation>Poids aléatoires ({init}, graine {seed})</translation>
        </message>
        <message>
            <source>Set activation of {layer} to {name}</source>
            <translation>Activation de {layer} : {name}</translation>
        </message>
        <message>
            <source>Set loss to {name}</source>
            <translation>Perte : {name}</translation>
        </message>
        <message>
            <source>layer {layer} has {sizes} neurons, got {labels} names</source>
            <translation>la couche {layer} a {sizes} neurones, reçu {labels} noms</translation>
        </message>
        <message>
            <source>Rename neurons of {layer}</source>
            <translation>Renommer les neurones de {layer}</translation>
        </message>
        <message>
            <source>Change training settings</source>
            <translation>Modifier les réglages d'entraînement</translation>
        </message>
        <message>
            <source>Change dataset</source>
            <translation>Changer de jeu de données</translation>
        </message>
        <message>
            <source>input</source>
            <translation>d'entrée</translation>
        </message>
        <message>
            <source>output</source>
            <translation>de sortie</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>cachée</translation>
        </message>
        <message>
            <source>the input layer has no activation function</source>
            <translation>la couche d'entrée n'a pas de fonction d'activation</translation>
        </message>
        <message>
            <source>there is no layer {l}</source>
            <translation>il n'y a pas de couche {l}</translation>
        </message>
        <message>
            <source>softmax is allowed on the output layer only</source>
            <translation>la softmax n'est permise que sur la couche de sortie</translation>
        </message>
        <message>
            <source>a layer can be inserted at positions 1 … {last}, not {index}</source>
            <translation>une couche peut être insérée aux positions 1 … {last}, pas {index}</translation>
        </message>
        <message>
            <source>a layer needs at least one neuron</source>
            <translation>une couche a besoin d'au moins un neurone</translation>
        </message>
        <message>
            <source>a layer of more than 100,000 neurons is too big for the canvas</source>
            <translation>une couche de plus de 100 000 neurones est trop grande pour le canevas</translation>
        </message>
        <message>
            <source>the current output layer uses softmax, which only an output layer may use: change its activation before adding a layer after it</source>
            <translation>la couche de sortie actuelle utilise la softmax, que seule une couche de sortie peut utiliser : changez son activation avant d'ajouter une couche après elle</translation>
        </message>
        <message>
            <source>the input layer cannot be removed: it carries the features</source>
            <translation>la couche d'entrée ne peut pas être supprimée : elle porte les caractéristiques</translation>
        </message>
        <message>
            <source>the output layer cannot be removed: it carries the targets (remove a hidden layer instead)</source>
            <translation>la couche de sortie ne peut pas être supprimée : elle porte les cibles (supprimez plutôt une couche cachée)</translation>
        </message>
        <message>
            <source>there is no hidden layer {l}</source>
            <translation>il n'y a pas de couche cachée {l}</translation>
        </message>
        <message>
            <source>cannot remove the last neuron of the {kind} layer (remove the layer instead)</source>
            <translation>impossible de supprimer le dernier neurone de la couche {kind} (supprimez plutôt la couche)</translation>
        </message>
        <message>
            <source>Untitled</source>
            <extracomment>``guard(command_class)`` is called by ``commands.push`` before each edit is made (training pauses before edits whose class has ``changes_maths``, true unless the class says False)</extracomment>
            <translation>Sans titre</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>expected a JSON object at the top level, got {data}</source>
            <translation>attendu un objet JSON au premier niveau, reçu {data}</translation>
        </message>
        <message>
            <source>not an NN Studio network file (no "format": "{FORMAT}")</source>
            <translation>pas un fichier réseau NN Studio (pas de "format": "{FORMAT}")</translation>
        </message>
        <message>
            <source>a value is nested deeper than {MAX_DEPTH} levels</source>
            <translation>une valeur est imbriquée sur plus de {MAX_DEPTH} niveaux</translation>
        </message>
        <message>
            <source>could not save {file}: {reason}</source>
            <translation>impossible d'enregistrer {file} : {reason}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>too many values (more than {MAX_VALUES:,}); not a network file</source>
            <translation>trop de valeurs (plus de {MAX_VALUES:,}) ; pas un fichier réseau</translation>
        </message>
        <message>
            <source>nesting deeper than {MAX_DEPTH} levels</source>
            <translation>imbrication sur plus de {MAX_DEPTH} niveaux</translation>
        </message>
        <message>
            <source>invalid JSON: {exc}</source>
            <translation>JSON invalide : {exc}</translation>
        </message>
        <message>
            <source>the file is too large ({value:,.1f} MB; the limit is {value2:,.0f} MB)</source>
            <translation>le fichier est trop gros ({value:,.1f} Mo ; la limite est {value2:,.0f} Mo)</translation>
        </message>
        <message>
            <source>nesting deeper than {limit} levels; not a network file</source>
            <translation>imbrication sur plus de {limit} niveaux ; pas un fichier réseau</translation>
        </message>
        <message>
            <source>not valid Unicode text at character {start}</source>
            <translation>pas du texte Unicode valide au caractère {start}</translation>
        </message>
        <message>
            <source>not UTF-8 text: invalid byte 0x{data:02x} at line {line}, column {column}</source>
            <translation>pas du texte UTF-8 : octet invalide 0x{data:02x} à la ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <source>a whole number of {digits:,} digits is too long (at most {MAX_INT_DIGITS:,} digits); not a network file</source>
            <translation>un nombre entier de {digits:,} chiffres est trop long (au plus {MAX_INT_DIGITS:,} chiffres) ; pas un fichier réseau</translation>
        </message>
        <message>
            <source>{name} is not allowed: numbers must be finite</source>
            <translation>{name} n'est pas permis : les nombres doivent être finis</translation>
        </message>
        <message>
            <source>duplicate key {dumps} in an object</source>
            <translation>clé {dumps} en double dans un objet</translation>
        </message>
        <message>
            <source>cannot write a value: {exc}</source>
            <translation>impossible d'écrire une valeur : {exc}</translation>
        </message>
        <message numerus="yes">
            <source>%n number(s)</source>
            <extracomment>The counted words of the messages, in the interface's language when it has a translator.</extracomment>
            <translation>
                <numerusform>%n nombre</numerusform>
                <numerusform>%n nombres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>%n couche</numerusform>
                <numerusform>%n couches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s)</source>
            <translation>
                <numerusform>%n valeur</numerusform>
                <numerusform>%n valeurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [x, y] point(s)</source>
            <translation>
                <numerusform>%n point [x, y]</numerusform>
                <numerusform>%n points [x, y]</numerusform>
            </translation>
        </message>
        <message>
            <source>nested deeper than {MAX_DEPTH} levels</source>
            <translation>imbriqué sur plus de {MAX_DEPTH} niveaux</translation>
        </message>
        <message>
            <source>expected string keys, got {key}</source>
            <translation>attendu des clés textuelles, reçu {key}</translation>
        </message>
        <message>
            <source>integer too large</source>
            <translation>entier trop grand</translation>
        </message>
        <message>
            <source>expected a JSON value (null, true/false, a finite number, a string, a list or an object), got {value}</source>
            <translation>attendu une valeur JSON (null, true/false, un nombre fini, une chaîne, une liste ou un objet), reçu {value}</translation>
        </message>
        <message>
            <source>expected a finite number, got {value}</source>
            <translation>attendu un nombre fini, reçu {value}</translation>
        </message>
        <message>
            <source>expected a number ≥ {minimum:g}, got {value}</source>
            <translation>attendu un nombre ≥ {minimum:g}, reçu {value}</translation>
        </message>
        <message>
            <source>expected a number below {below:g}, got {value}</source>
            <translation>attendu un nombre inférieur à {below:g}, reçu {value}</translation>
        </message>
        <message>
            <source>expected an integer, got {value}</source>
            <translation>attendu un entier, reçu {value}</translation>
        </message>
        <message>
            <source>expected an integer ≥ {minimum}, got {value}</source>
            <translation>attendu un entier ≥ {minimum}, reçu {value}</translation>
        </message>
        <message>
            <source>expected an integer ≤ {maximum:,}, got {value}</source>
            <translation>attendu un entier ≤ {maximum:,}, reçu {value}</translation>
        </message>
        <message>
            <source>expected a string, got {value}</source>
            <translation>attendu une chaîne, reçu {value}</translation>
        </message>
        <message>
            <source>expected an object, got {value}</source>
            <translation>attendu un objet, reçu {value}</translation>
        </message>
        <message>
            <source>unknown name {value!r} (known: {known})</source>
            <translation>nom inconnu {value!r} (connus : {known})</translation>
        </message>
        <message>
            <source>expected a list of {what}, got {value}</source>
            <translation>attendu une liste de {what}, reçu {value}</translation>
        </message>
        <message>
            <source>expected {count}, got {value}</source>
            <translation>attendu {count}, reçu {value}</translation>
        </message>
        <message>
            <source>expected a list of {size}, got {value}</source>
            <translation>attendu une liste de {size}, reçu {value}</translation>
        </message>
        <message>
            <source>expected {size}, got {value}</source>
            <translation>attendu {size}, reçu {value}</translation>
        </message>
        <message>
            <source>expected 0 or 1, got {value}</source>
            <translation>attendu 0 ou 1, reçu {value}</translation>
        </message>
        <message>
            <source>expected a list of {rows}, got {value}</source>
            <translation>attendu une liste de {rows}, reçu {value}</translation>
        </message>
        <message>
            <source>expected {rows}, got {value}</source>
            <translation>attendu {rows}, reçu {value}</translation>
        </message>
        <message>
            <source>expected a list of {cols}, got {row}</source>
            <translation>attendu une liste de {cols}, reçu {row}</translation>
        </message>
        <message>
            <source>expected {cols}, got {row}</source>
            <translation>attendu {cols}, reçu {row}</translation>
        </message>
        <message>
            <source>expected a finite number, got {item}</source>
            <translation>attendu un nombre fini, reçu {item}</translation>
        </message>
        <message>
            <source>expected a list of layers, got {value}</source>
            <translation>attendu une liste de couches, reçu {value}</translation>
        </message>
        <message>
            <source>expected 2 to {MAX_LAYERS} layers (the input layer included), got {value}</source>
            <translation>attendu de 2 à {MAX_LAYERS} couches (couche d'entrée comprise), reçu {value}</translation>
        </message>
        <message>
            <source>{n_weights:,} weights in all; the limit is {MAX_WEIGHTS:,}</source>
            <translation>{n_weights:,} poids en tout ; la limite est {MAX_WEIGHTS:,}</translation>
        </message>
        <message>
            <source>missing (the number of neurons)</source>
            <translation>manquant (le nombre de neurones)</translation>
        </message>
        <message>
            <source>the input layer has no weights, bias or mask</source>
            <translation>la couche d'entrée n'a ni poids, ni biais, ni masque</translation>
        </message>
        <message>
            <source>the input layer has no activation; expected "identity", got {name}</source>
            <translation>la couche d'entrée n'a pas d'activation ; attendu "identity", reçu {name}</translation>
        </message>
        <message>
            <source>missing (known: {ACTIVATIONS})</source>
            <translation>manquant (connues : {ACTIVATIONS})</translation>
        </message>
        <message>
            <source>softmax is allowed on the output layer only</source>
            <translation>la softmax n'est permise que sur la couche de sortie</translation>
        </message>
        <message>
            <source>missing (known: {value})</source>
            <translation>manquant (connus : {value})</translation>
        </message>
        <message>
            <source>missing (the CSV file of a "csv" data set)</source>
            <translation>manquant (le fichier CSV d'un jeu de données "csv")</translation>
        </message>
        <message>
            <source>expected a list with one list per layer, got {value}</source>
            <translation>attendu une liste avec une liste par couche, reçu {value}</translation>
        </message>
        <message>
            <source>expected {sizes}, got {value}</source>
            <translation>attendu {sizes}, reçu {value}</translation>
        </message>
        <message>
            <source>expected a list of {sizes}, got {layer}</source>
            <translation>attendu une liste de {sizes}, reçu {layer}</translation>
        </message>
        <message>
            <source>expected {sizes}, got {layer}</source>
            <translation>attendu {sizes}, reçu {layer}</translation>
        </message>
        <message>
            <source>expected a list of numbers, got {items}</source>
            <translation>attendu une liste de nombres, reçu {items}</translation>
        </message>
        <message>
            <source>expected {length} (as many as {path}.{first}), got {items}</source>
            <translation>attendu {length} (autant que {path}.{first}), reçu {items}</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n neuron(s) selected&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n neurone sélectionné&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n neurones sélectionnés&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n neuron(s)</source>
            <translation>
                <numerusform>Supprimer %n neurone</numerusform>
                <numerusform>Supprimer %n neurones</numerusform>
            </translation>
        </message>
        <message>
            <source>Double-click the neuron to type its bias; Shift+wheel changes it a little. Delete removes it.</source>
            <translation>Double-cliquez sur le neurone pour saisir son biais ; Maj+molette le modifie un peu. Suppr le retire.</translation>
        </message>
        <message>
            <source>Double-click to type the weight; Shift+wheel changes it a little. Delete removes the connection; Ctrl+drag between the neurons restores it.</source>
            <translation>Double-cliquez pour saisir le poids ; Maj+molette le modifie un peu. Suppr retire la connexion ; Ctrl+glisser entre les neurones la rétablit.</translation>
        </message>
        <message>
            <source>Delete removes a hidden layer.</source>
            <translation>Suppr retire une couche cachée.</translation>
        </message>
        <message>
            <source>Click a neuron, a connection or a layer title to inspect it.</source>
            <translation>Cliquez sur un neurone, une connexion ou un titre de couche pour l'inspecter.</translation>
        </message>
        <message>
            <source>exact value {value}; click to edit it, type a new one and press Enter</source>
            <translation>valeur exacte {value} ; cliquez pour la modifier, saisissez-en une nouvelle et appuyez sur Entrée</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{layer}, neuron {j} of {size}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{layer}, neurone {j} sur {size}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>Bias b</source>
            <translation>Biais b</translation>
        </message>
        <message>
            <source>no bias (turned off for this layer)</source>
            <translation>pas de biais (désactivé pour cette couche)</translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>%n connexion</numerusform>
                <numerusform>%n connexions</numerusform>
            </translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>Remove neuron</source>
            <translation>Supprimer le neurone</translation>
        </message>
        <message>
            <source>&lt;b&gt;{connection}&lt;/b&gt;&lt;br&gt;connection into {layer}, weight w of {neuron}</source>
            <translation>&lt;b&gt;{connection}&lt;/b&gt;&lt;br&gt;connexion vers {layer}, poids w de {neuron}</translation>
        </message>
        <message>
            <source>Weight w</source>
            <translation>Poids w</translation>
        </message>
        <message>
            <source>Delete connection</source>
            <translation>Supprimer la connexion</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{kind} layer {l}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;couche {kind} {l}</translation>
        </message>
        <message>
            <source>Neurons</source>
            <translation>Neurones</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>each neuron has a bias b</source>
            <translation>chaque neurone a un biais b</translation>
        </message>
        <message>
            <source>Off: z = Σ w·a with no bias, which is never trained (PyTorch bias=False). Undoable; turning it back on starts the biases at 0.</source>
            <translation>Désactivé : z = Σ w·a sans biais, qui n'est jamais entraîné (PyTorch bias=False). Annulable ; le réactiver remet les biais à 0.</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>Biais</translation>
        </message>
        <message>
            <source>Add neuron</source>
            <translation>Ajouter un neurone</translation>
        </message>
        <message>
            <source>Remove layer</source>
            <translation>Supprimer la couche</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Couches</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Deleted connections</source>
            <translation>Connexions supprimées</translation>
        </message>
    </context>
    <context>
        <name>Lab</name>
        <message>
            <source>Function</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Your own formula…</source>
            <translation>Votre propre formule…</translation>
        </message>
        <message>
            <source>e.g. x^2 + 3*sin(y)</source>
            <translation>p. ex. x^2 + 3*sin(y)</translation>
        </message>
        <message>
            <source>Numbers, x, y, + − * / ^, parentheses, and sin cos tan exp log sqrt abs tanh.
Read by NN Studio's own parser: nothing is ever run as Python code.</source>
            <translation>Nombres, x, y, + − * / ^, parenthèses, et sin cos tan exp log sqrt abs tanh.
Lue par l'analyseur de NN Studio : rien n'est jamais exécuté comme du code Python.</translation>
        </message>
        <message>
            <source>Condition number κ: the bowl is κ times steeper along y</source>
            <translation>Conditionnement κ : le bol est κ fois plus raide selon y</translation>
        </message>
        <message>
            <source>The exact derivative, found symbolically from the formula</source>
            <translation>La dérivée exacte, calculée symboliquement à partir de la formule</translation>
        </message>
        <message>
            <source>Start point x₀ (or drag the ⊕ marker on the plot)</source>
            <translation>Point de départ x₀ (ou faites glisser le repère ⊕ sur le graphique)</translation>
        </message>
        <message>
            <source>Start point y₀ (or drag the ⊕ marker on the plot)</source>
            <translation>Point de départ y₀ (ou faites glisser le repère ⊕ sur le graphique)</translation>
        </message>
        <message>
            <source>start y₀</source>
            <translation>départ y₀</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Exemple</translation>
        </message>
        <message>
            <source>start x₀</source>
            <translation>départ x₀</translation>
        </message>
        <message>
            <source>Cannot use this formula: {error}.</source>
            <translation>Formule inutilisable : {error}.</translation>
        </message>
        <message>
            <source>Derivative:  f′(x) = {0}</source>
            <translation>Dérivée :  f′(x) = {0}</translation>
        </message>
        <message>
            <source>Gradient:
  ∂f/∂x = {0}
  ∂f/∂y = {1}</source>
            <translation>Gradient :
  ∂f/∂x = {0}
  ∂f/∂y = {1}</translation>
        </message>
        <message>
            <source>Gradient descent</source>
            <translation>Descente de gradient</translation>
        </message>
        <message>
            <source>Momentum (heavy ball)</source>
            <translation>Inertie (boule pesante)</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>Inertie de Nesterov</translation>
        </message>
        <message>
            <source>Learning rate {tip}. One value, or several separated by commas to compare them side by side</source>
            <translation>Taux d'apprentissage {tip}. Une valeur, ou plusieurs séparées par des points-virgules pour les comparer côte à côte</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggéré</translation>
        </message>
        <message>
            <source>The preset's suggested learning rate</source>
            <translation>Le taux d'apprentissage suggéré pour cet exemple</translation>
        </message>
        <message>
            <source>Small / good / large</source>
            <translation>Petit / bon / grand</translation>
        </message>
        <message>
            <source>Three learning rates: ⅕ of the suggested one, the suggested one, and 5 times it</source>
            <translation>Trois taux d'apprentissage : ⅕ du taux suggéré, le taux suggéré, et 5 fois celui-ci</translation>
        </message>
        <message>
            <source>Number of updates p ← p − η·d</source>
            <translation>Nombre de mises à jour p ← p − η·d</translation>
        </message>
        <message>
            <source>Optimiser</source>
            <translation>Optimiseur</translation>
        </message>
        <message>
            <source>Learning rate(s) η</source>
            <translation>Taux d'apprentissage η</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pas</translation>
        </message>
        <message>
            <source>{head}: diverged at step {step}</source>
            <translation>{head} : diverge au pas {step}</translation>
        </message>
        <message numerus="yes">
            <source>{head}: {point}, f = {value} after %n step(s)</source>
            <translation>
                <numerusform>{head} : {point}, f = {value} après %n pas</numerusform>
                <numerusform>{head} : {point}, f = {value} après %n pas</numerusform>
            </translation>
        </message>
        <message>
            <source>{head} (diverged)</source>
            <translation>{head} (diverge)</translation>
        </message>
        <message>
            <source>start</source>
            <translation>départ</translation>
        </message>
        <message>
            <source>Drag to move the start point</source>
            <translation>Faites glisser pour déplacer le point de départ</translation>
        </message>
        <message>
            <source>η = {lr}: leaves the plot at step {step}</source>
            <translation>η = {lr} : sort du graphique au pas {step}</translation>
        </message>
        <message>
            <source>, diverges at step {step}</source>
            <translation>, diverge au pas {step}</translation>
        </message>
        <message>
            <source>η = {lr}: diverged at step {step}</source>
            <translation>η = {lr} : diverge au pas {step}</translation>
        </message>
        <message>
            <source>Animate</source>
            <translation>Animer</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Mettre en pause</translation>
        </message>
        <message>
            <source>Show all steps</source>
            <translation>Afficher tous les pas</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Un pas</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Draw every step of every run at once</source>
            <translation>Tracer d'un coup tous les pas de chaque essai</translation>
        </message>
        <message>
            <source>Play the runs step by step (press again to pause)</source>
            <translation>Rejouer les essais pas à pas (appuyez de nouveau pour mettre en pause)</translation>
        </message>
        <message>
            <source>One more step</source>
            <translation>Un pas de plus</translation>
        </message>
        <message>
            <source>Back to the start point</source>
            <translation>Retour au point de départ</translation>
        </message>
        <message>
            <source>Animation speed (steps per second)</source>
            <translation>Vitesse de l'animation (pas par seconde)</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>vitesse</translation>
        </message>
        <message>
            <source>Iterations of</source>
            <translation>Itérations de</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outcome of each learning rate&lt;/b&gt;</source>
            <translation>&lt;b&gt;Résultat de chaque taux d'apprentissage&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cannot run: {error}</source>
            <translation>Impossible de lancer : {error}</translation>
        </message>
        <message>
            <source>&lt;i&gt;No run: fix the formula first.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Aucun essai : corrigez d'abord la formule.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>The formula has an error: this is still the last valid function</source>
            <translation>La formule contient une erreur : voici encore la dernière fonction valide</translation>
        </message>
        <message>
            <source>&lt;i&gt;No run.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Aucun essai.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&amp;Gradient-descent lab…</source>
            <translation>Labo de &amp;descente de gradient…</translation>
        </message>
        <message>
            <source>Gradient descent on functions, the network's loss landscape, learning-rate sweeps</source>
            <translation>La descente de gradient sur des fonctions, le paysage de la perte du réseau, les balayages du taux d'apprentissage</translation>
        </message>
        <message>
            <source>The layer the weight leads into</source>
            <translation>La couche vers laquelle mène le poids</translation>
        </message>
        <message>
            <source>The neuron j the weight leads into</source>
            <translation>Le neurone j vers lequel mène le poids</translation>
        </message>
        <message>
            <source>The input neuron i the weight comes from, or the neuron's bias</source>
            <translation>Le neurone d'entrée i d'où vient le poids, ou le biais du neurone</translation>
        </message>
        <message>
            <source>From canvas</source>
            <translation>Depuis le canevas</translation>
        </message>
        <message>
            <source>Use the connection (or neuron, for its bias) selected on the canvas</source>
            <translation>Utiliser la connexion (ou le neurone, pour son biais) sélectionnée sur le canevas</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>couche</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>biais</translation>
        </message>
        <message>
            <source>weight {connection}</source>
            <translation>poids {connection}</translation>
        </message>
        <message>
            <source>two chosen weights</source>
            <translation>deux poids choisis</translation>
        </message>
        <message>
            <source>two random filter-normalised directions</source>
            <translation>deux directions aléatoires normalisées par filtre</translation>
        </message>
        <message>
            <source>the two principal directions of the trajectory</source>
            <translation>les deux directions principales de la trajectoire</translation>
        </message>
        <message>
            <source>a fixed plane (following training)</source>
            <translation>un plan fixe (qui suit l'entraînement)</translation>
        </message>
        <message>
            <source>training trajectory</source>
            <translation>trajectoire de l'entraînement</translation>
        </message>
        <message>
            <source>start of training</source>
            <translation>début de l'entraînement</translation>
        </message>
        <message>
            <source>current weights</source>
            <translation>poids actuels</translation>
        </message>
        <message>
            <source>Press “Compute landscape” to draw the training loss around the current weights</source>
            <translation>Appuyez sur « Calculer le paysage » pour tracer la perte d'entraînement autour des poids actuels</translation>
        </message>
        <message>
            <source>{point}:  training loss ≈ {loss}</source>
            <translation>{point} :  perte d'entraînement ≈ {loss}</translation>
        </message>
        <message>
            <source>weight value</source>
            <translation>valeur du poids</translation>
        </message>
        <message>
            <source>training loss</source>
            <translation>perte d'entraînement</translation>
        </message>
        <message>
            <source>loss, other weights fixed</source>
            <translation>perte, autres poids fixés</translation>
        </message>
        <message>
            <source>real loss at each training step</source>
            <translation>perte réelle à chaque pas d'entraînement</translation>
        </message>
        <message>
            <source>values during training</source>
            <translation>valeurs pendant l'entraînement</translation>
        </message>
        <message>
            <source>current value</source>
            <translation>valeur actuelle</translation>
        </message>
        <message>
            <source>Pick a weight and press “Draw slice”</source>
            <translation>Choisissez un poids et appuyez sur « Tracer la coupe »</translation>
        </message>
        <message>
            <source>Loss along {weight}, every other weight fixed at its current value</source>
            <translation>Perte selon {weight}, tous les autres poids fixés à leur valeur actuelle</translation>
        </message>
        <message>
            <source>Two weights</source>
            <translation>Deux poids</translation>
        </message>
        <message>
            <source>Random directions (filter-normalised)</source>
            <translation>Directions aléatoires (normalisées par filtre)</translation>
        </message>
        <message>
            <source>Principal directions of the trajectory (PCA)</source>
            <translation>Directions principales de la trajectoire (ACP)</translation>
        </message>
        <message>
            <source>Seed of the random directions: the same seed gives the same plane</source>
            <translation>Graine des directions aléatoires : la même graine donne le même plan</translation>
        </message>
        <message>
            <source>Grid points per axis (the loss is computed at resolution² points)</source>
            <translation>Points de grille par axe (la perte est calculée en résolution² points)</translation>
        </message>
        <message>
            <source>Half-width of the plane around the current weights (0 = auto)</source>
            <translation>Demi-largeur du plan autour des poids actuels (0 = auto)</translation>
        </message>
        <message>
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <source>Compute landscape</source>
            <translation>Calculer le paysage</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Follow training live (same plane)</source>
            <translation>Suivre l'entraînement en direct (même plan)</translation>
        </message>
        <message>
            <source>Redraw around the new weights while the main window trains</source>
            <translation>Retracer autour des nouveaux poids pendant l'entraînement dans la fenêtre principale</translation>
        </message>
        <message>
            <source>Train a copy</source>
            <translation>Entraîner une copie</translation>
        </message>
        <message>
            <source>Train a copy of the network (the document is not changed) and record its path</source>
            <translation>Entraîner une copie du réseau (le document n'est pas modifié) et enregistrer sa trajectoire</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>How far either side of the current value</source>
            <translation>Jusqu'où de part et d'autre de la valeur actuelle</translation>
        </message>
        <message>
            <source>Draw slice</source>
            <translation>Tracer la coupe</translation>
        </message>
        <message>
            <source>Plane through the weights</source>
            <translation>Plan passant par les poids</translation>
        </message>
        <message>
            <source>1st weight</source>
            <translation>1er poids</translation>
        </message>
        <message>
            <source>2nd weight</source>
            <translation>2e poids</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>graine</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>grille</translation>
        </message>
        <message>
            <source>span ±</source>
            <translation>étendue ±</translation>
        </message>
        <message>
            <source>Training trajectory</source>
            <translation>Trajectoire de l'entraînement</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>époques</translation>
        </message>
        <message>
            <source>1-D slice: the loss along one weight</source>
            <translation>Coupe 1D : la perte selon un seul poids</translation>
        </message>
        <message>
            <source>Trained copy: {snapshots} snapshots over {epochs} epochs. The plot is centred on the copy's final weights; the document is unchanged.</source>
            <translation>Copie entraînée : {snapshots} instantanés sur {epochs} époques. Le graphique est centré sur les poids finaux de la copie ; le document n'est pas modifié.</translation>
        </message>
        <message>
            <source>Recorded from the main window's training: {snapshots} snapshots.</source>
            <translation>Enregistré pendant l'entraînement de la fenêtre principale : {snapshots} instantanés.</translation>
        </message>
        <message>
            <source>No trajectory yet: train in the main window (it is recorded here), or train a copy.</source>
            <translation>Pas encore de trajectoire : entraînez dans la fenêtre principale (elle est enregistrée ici), ou entraînez une copie.</translation>
        </message>
        <message>
            <source>Cannot train: {error}.</source>
            <translation>Impossible d'entraîner : {error}.</translation>
        </message>
        <message numerus="yes">
            <source>Training a copy for %n epoch(s)…</source>
            <translation>
                <numerusform>Entraînement d'une copie sur %n époque…</numerusform>
                <numerusform>Entraînement d'une copie sur %n époques…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot compute the landscape: {error}.</source>
            <translation>Impossible de calculer le paysage : {error}.</translation>
        </message>
        <message>
            <source>{weight} (its value)</source>
            <translation>{weight} (sa valeur)</translation>
        </message>
        <message>
            <source>Training loss over {plane}</source>
            <translation>Perte d'entraînement sur {plane}</translation>
        </message>
        <message>
            <source>PC1 explains {pc1} of the trajectory's variance, PC2 {pc2}</source>
            <translation>CP1 explique {pc1} de la variance de la trajectoire, CP2 {pc2}</translation>
        </message>
        <message>
            <source>The trajectory is projected onto this plane. Training moves many weights at once, so the principal-directions (PCA) plane follows it most closely.</source>
            <translation>La trajectoire est projetée sur ce plan. L'entraînement déplace de nombreux poids à la fois : c'est le plan des directions principales (ACP) qui la suit au plus près.</translation>
        </message>
        <message>
            <source>Cannot draw the slice: {error}.</source>
            <translation>Impossible de tracer la coupe : {error}.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>Échec : {error}</translation>
        </message>
        <message>
            <source>Set learning rate to {lr}</source>
            <translation>Taux d'apprentissage réglé à {lr}</translation>
        </message>
        <message>
            <source>Refused: {error}</source>
            <translation>Refusé : {error}</translation>
        </message>
        <message>
            <source>The training settings now use η = {lr} (Undo to go back).</source>
            <translation>Les réglages d'entraînement utilisent maintenant η = {lr} (Annuler pour revenir en arrière).</translation>
        </message>
        <message>
            <source>Training settings of the document: {optimizer}, learning rate η = {lr}, batch size {batch}, {epochs} epochs, seed {seed}</source>
            <translation>Réglages d'entraînement du document : {optimizer}, taux d'apprentissage η = {lr}, taille du lot {batch}, {epochs} époques, graine {seed}</translation>
        </message>
        <message>
            <source>first learning rate</source>
            <translation>premier taux d'apprentissage</translation>
        </message>
        <message>
            <source>last learning rate</source>
            <translation>dernier taux d'apprentissage</translation>
        </message>
        <message>
            <source>Mini-batches in the test (η grows exponentially over them)</source>
            <translation>Mini-lots du test (η croît exponentiellement de l'un à l'autre)</translation>
        </message>
        <message>
            <source>Run range test</source>
            <translation>Lancer le test de plage</translation>
        </message>
        <message>
            <source>Use the suggested η</source>
            <translation>Utiliser le η suggéré</translation>
        </message>
        <message>
            <source>The network's weights are not changed: the test trains a copy.</source>
            <translation>Les poids du réseau ne sont pas modifiés : le test entraîne une copie.</translation>
        </message>
        <message>
            <source>learning rate η (log scale)</source>
            <translation>taux d'apprentissage η (échelle log.)</translation>
        </message>
        <message>
            <source>mini-batch loss</source>
            <translation>perte du mini-lot</translation>
        </message>
        <message>
            <source>from η =</source>
            <translation>de η =</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Learning-rate range test: η grows from tiny to huge over a few batches</source>
            <translation>Test de plage du taux d'apprentissage : η passe de minuscule à énorme en quelques lots</translation>
        </message>
        <message>
            <source>loss of each batch</source>
            <translation>perte de chaque lot</translation>
        </message>
        <message>
            <source>smoothed loss</source>
            <translation>perte lissée</translation>
        </message>
        <message>
            <source>over</source>
            <translation>sur</translation>
        </message>
        <message>
            <source>batches</source>
            <translation>lots</translation>
        </message>
        <message>
            <source>Cannot run the test: {error}.</source>
            <translation>Impossible de lancer le test : {error}.</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <source>suggested η = {lr}</source>
            <translation>η suggéré = {lr}</translation>
        </message>
        <message>
            <source>Use the suggested η = {lr}</source>
            <translation>Utiliser le η suggéré = {lr}</translation>
        </message>
        <message>
            <source>stopped early: the loss blew up</source>
            <translation>arrêté tôt : la perte a explosé</translation>
        </message>
        <message>
            <source>ran to the end</source>
            <translation>mené jusqu'au bout</translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es), {stop}. Suggestion: {rule} (edge η = {edge}, lowest loss at η = {lowest}).</source>
            <translation>
                <numerusform>%n lot, {stop}. Suggestion : {rule} (η limite = {edge}, perte minimale pour η = {lowest}).</numerusform>
                <numerusform>%n lots, {stop}. Suggestion : {rule} (η limite = {edge}, perte minimale pour η = {lowest}).</numerusform>
            </translation>
        </message>
        <message>
            <source>The range test failed: {error}</source>
            <translation>Le test de plage a échoué : {error}</translation>
        </message>
        <message>
            <source>Learning-rate sweep: same start, same data, same shuffling; only η differs</source>
            <translation>Balayage du taux d'apprentissage : même départ, mêmes données, même mélange ; seul η change</translation>
        </message>
        <message>
            <source>The learning rates to compare, separated by commas</source>
            <translation>Les taux d'apprentissage à comparer, séparés par des points-virgules</translation>
        </message>
        <message>
            <source>smallest η</source>
            <translation>plus petit η</translation>
        </message>
        <message>
            <source>largest η</source>
            <translation>plus grand η</translation>
        </message>
        <message>
            <source>Log-spaced</source>
            <translation>Espacement log.</translation>
        </message>
        <message>
            <source>Fill the list with K learning rates evenly spaced on a log scale</source>
            <translation>Remplir la liste avec K taux d'apprentissage régulièrement espacés sur une échelle logarithmique</translation>
        </message>
        <message>
            <source>Worker processes running the learning rates in parallel</source>
            <translation>Processus qui calculent les taux d'apprentissage en parallèle</translation>
        </message>
        <message>
            <source>Run sweep</source>
            <translation>Lancer le balayage</translation>
        </message>
        <message>
            <source>log scale</source>
            <translation>échelle log.</translation>
        </message>
        <message>
            <source>Use the selected η for training</source>
            <translation>Utiliser le η choisi pour l'entraînement</translation>
        </message>
        <message>
            <source>Set the document's learning rate (undoable); double-clicking a row does the same</source>
            <translation>Règle le taux d'apprentissage du document (annulable) ; un double-clic sur une ligne fait de même</translation>
        </message>
        <message>
            <source>η list</source>
            <translation>liste de η</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>processes</source>
            <translation>processus</translation>
        </message>
        <message>
            <source>show</source>
            <translation>afficher</translation>
        </message>
        <message>
            <source>Cannot run the sweep: {error}.</source>
            <translation>Impossible de lancer le balayage : {error}.</translation>
        </message>
        <message>
            <source>starting worker processes…</source>
            <translation>démarrage des processus…</translation>
        </message>
        <message>
            <source>{done} of {total} runs done · {time} s</source>
            <translation>{done} essais sur {total} terminés · {time} s</translation>
        </message>
        <message>
            <source>cancelling…</source>
            <translation>annulation…</translation>
        </message>
        <message>
            <source>The sweep failed: {error}</source>
            <translation>Le balayage a échoué : {error}</translation>
        </message>
        <message>
            <source>Use η = {lr} for training</source>
            <translation>Utiliser η = {lr} pour l'entraînement</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>perte de test</translation>
        </message>
        <message>
            <source>training accuracy</source>
            <translation>exactitude d'entraînement</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation>exactitude de test</translation>
        </message>
        <message>
            <source>train loss</source>
            <translation>perte entr.</translation>
        </message>
        <message>
            <source>train acc.</source>
            <translation>exact. entr.</translation>
        </message>
        <message>
            <source>test acc.</source>
            <translation>exact. test</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>time (s)</source>
            <translation>durée (s)</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>diverge</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>en cours…</translation>
        </message>
        <message>
            <source>{label}: diverged at epoch {epoch}</source>
            <translation>{label} : diverge à l'époque {epoch}</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>époque</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>taux d'apprentissage</translation>
        </message>
        <message>
            <source>each {what} must be a finite number {bound}, got {text}</source>
            <translation>chaque {what} doit être un nombre fini {bound}, reçu {text}</translation>
        </message>
        <message>
            <source>Gradient-descent lab</source>
            <translation>Labo de descente de gradient</translation>
        </message>
        <message>
            <source>Analytic functions</source>
            <translation>Fonctions analytiques</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>Paysage de la perte</translation>
        </message>
        <message>
            <source>Learning rates</source>
            <translation>Taux d'apprentissage</translation>
        </message>
        <message>
            <source>network {sizes}, {data} ({n} training samples), loss {loss}</source>
            <translation>réseau {sizes}, {data} ({n} échantillons d'entraînement), perte {loss}</translation>
        </message>
        <message>
            <source>cannot read the data ({error})</source>
            <translation>impossible de lire les données ({error})</translation>
        </message>
        <message>
            <source>the data has {features} input column(s) but the network has {inputs} input neuron(s)</source>
            <translation>les données ont {features} colonne(s) d'entrée mais le réseau a {inputs} neurone(s) d'entrée</translation>
        </message>
    </context>
    <context>
        <name>LessonsPanel</name>
        <message>
            <source>Open lesson</source>
            <translation>Ouvrir une leçon</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Leçons</translation>
        </message>
        <message>
            <source>Open &amp;Lesson…</source>
            <translation>Ouvrir une &amp;leçon…</translation>
        </message>
        <message>
            <source>Open a lesson file (a teacher's own lesson)</source>
            <translation>Ouvrir un fichier de leçon (une leçon écrite par un enseignant)</translation>
        </message>
        <message>
            <source>&amp;Lessons</source>
            <translation>&amp;Leçons</translation>
        </message>
        <message>
            <source>&amp;Welcome Page</source>
            <translation>Page d'&amp;accueil</translation>
        </message>
        <message>
            <source>Start the first lesson</source>
            <translation>Commencer la première leçon</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Close this page; Help ▸ Welcome page shows it again</source>
            <translation>Fermer cette page ; Aide ▸ Page d'accueil la montre de nouveau</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lessons&lt;/b&gt; — the tutorials, step by step</source>
            <translation>&lt;b&gt;Leçons&lt;/b&gt; — les tutoriels, pas à pas</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Open lesson file…</source>
            <translation>Ouvrir un fichier de leçon…</translation>
        </message>
        <message>
            <source>◂ All lessons</source>
            <translation>◂ Toutes les leçons</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Montrez-moi</translation>
        </message>
        <message>
            <source>Let the app do this step for you</source>
            <translation>Laisser l'application faire cette étape pour vous</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Welcome to NN Studio&lt;/h3&gt;&lt;p&gt;The lessons follow the tutorials step by step inside the app: you build, train and step through networks, and the app checks each step as you go.&lt;/p&gt;&lt;p&gt;The first lesson is &lt;b&gt;{first}&lt;/b&gt;. Lessons are in the Lessons panel (View ▸ Panels) at any time.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bienvenue dans NN Studio&lt;/h3&gt;&lt;p&gt;Les leçons suivent les tutoriels pas à pas dans l'application : vous construisez, entraînez et suivez pas à pas des réseaux, et l'application vérifie chaque étape au fur et à mesure.&lt;/p&gt;&lt;p&gt;La première leçon est &lt;b&gt;{first}&lt;/b&gt;. Les leçons sont à tout moment dans le panneau Leçons (Affichage ▸ Panneaux).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Lesson finished: {title}. Well done!</source>
            <translation>Leçon terminée : {title}. Bravo !</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Indice</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>your number, e.g. 2.3</source>
            <translation>votre nombre, p. ex. 2,3</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Type your answer and press Check.</source>
            <translation>Saisissez votre réponse et appuyez sur Vérifier.</translation>
        </message>
        <message>
            <source>Not done yet: do what the step asks, or press Show me.</source>
            <translation>Pas encore fait : suivez la consigne de l'étape, ou cliquez sur Montrez-moi.</translation>
        </message>
        <message>
            <source>Not done yet: do what the step asks.</source>
            <translation>Pas encore fait : suivez la consigne de l'étape.</translation>
        </message>
        <message>
            <source>The lesson was not started: {reason}</source>
            <translation>La leçon n'a pas commencé : {reason}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>An unexpected error happened: {error}</source>
            <translation>Une erreur inattendue s'est produite : {error}</translation>
        </message>
        <message>
            <source>Your work is still open. An emergency copy was saved and will be offered at the next start; you can also save a copy now. Please report the details.</source>
            <translation>Votre travail est toujours ouvert. Une copie de secours a été enregistrée et vous sera proposée au prochain démarrage ; vous pouvez aussi enregistrer une copie maintenant. Merci de signaler les détails.</translation>
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <source>Network files (*.nnet)</source>
            <translation>Fichiers réseau (*.nnet)</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>&amp;New from Template…</source>
            <translation>&amp;Nouveau à partir d'un modèle…</translation>
        </message>
        <message>
            <source>Start from one of the built-in example networks</source>
            <translation>Partir d'un des réseaux d'exemple fournis</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open a network file</source>
            <translation>Ouvrir un fichier réseau</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the network</source>
            <translation>Enregistrer le réseau</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Canvas as &amp;PNG…</source>
            <translation>Canevas en &amp;PNG…</translation>
        </message>
        <message>
            <source>Canvas as &amp;SVG…</source>
            <translation>Canevas en &amp;SVG…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected neurons, connection or layer</source>
            <translation>Supprimer les neurones, la connexion ou la couche sélectionnés</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>&amp;Ajuster à la fenêtre</translation>
        </message>
        <message>
            <source>Show the whole network</source>
            <translation>Afficher tout le réseau</translation>
        </message>
        <message>
            <source>Show &amp;Weight Values</source>
            <translation>Afficher les valeurs des &amp;poids</translation>
        </message>
        <message>
            <source>Show &amp;Biases</source>
            <translation>Afficher les &amp;biais</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
        <message>
            <source>Add &amp;Layer…</source>
            <translation>Ajouter une &amp;couche…</translation>
        </message>
        <message>
            <source>Insert a layer of neurons</source>
            <translation>Insérer une couche de neurones</translation>
        </message>
        <message>
            <source>Add &amp;Neuron</source>
            <translation>Ajouter un &amp;neurone</translation>
        </message>
        <message>
            <source>Add a neuron to the selected layer</source>
            <translation>Ajouter un neurone à la couche sélectionnée</translation>
        </message>
        <message>
            <source>Set &amp;Activation…</source>
            <translation>Choisir l'&amp;activation…</translation>
        </message>
        <message>
            <source>Choose a layer's activation function</source>
            <translation>Choisir la fonction d'activation d'une couche</translation>
        </message>
        <message>
            <source>&amp;Randomise Weights…</source>
            <translation>&amp;Poids aléatoires…</translation>
        </message>
        <message>
            <source>Draw new weights with an initialiser and a seed</source>
            <translation>Tirer de nouveaux poids avec une initialisation et une graine</translation>
        </message>
        <message>
            <source>Re-&amp;layout</source>
            <translation>Réorganiser la &amp;disposition</translation>
        </message>
        <message>
            <source>Arrange the neurons in tidy columns</source>
            <translation>Ranger les neurones en colonnes régulières</translation>
        </message>
        <message>
            <source>&amp;Connect Tool</source>
            <translation>Outil de &amp;connexion</translation>
        </message>
        <message>
            <source>Drag from a neuron to a neuron of the next layer to connect them</source>
            <translation>Faites glisser d'un neurone vers un neurone de la couche suivante pour les connecter</translation>
        </message>
        <message>
            <source>A Short &amp;Tour</source>
            <translation>Petite &amp;visite</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About NN Studio</source>
            <translation>À &amp;propos de NN Studio</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Panneaux</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Network files (*.nnet);;All files (*)</source>
            <translation>Fichiers réseau (*.nnet);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>No example networks found; showing a small default network</source>
            <translation>Aucun réseau d'exemple trouvé ; affichage d'un petit réseau par défaut</translation>
        </message>
        <message>
            <source>Could not open the network</source>
            <translation>Impossible d'ouvrir le réseau</translation>
        </message>
        <message>
            <source>Could not open {name}</source>
            <translation>Impossible d'ouvrir {name}</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>{name} ouvert</translation>
        </message>
        <message>
            <source>Open network</source>
            <translation>Ouvrir un réseau</translation>
        </message>
        <message>
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <source>training</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <source>reaches ≥ {value} {data} accuracy</source>
            <translation>atteint ≥ {value} d'exactitude ({data})</translation>
        </message>
        <message>
            <source>reaches R² ≥ {value} on the {data} data</source>
            <translation>atteint R² ≥ {value} sur les données ({data})</translation>
        </message>
        <message>
            <source>Empty network</source>
            <translation>Réseau vide</translation>
        </message>
        <message>
            <source>Two inputs wired straight to one output: add hidden layers and neurons with the + buttons on the canvas, as in Playground.</source>
            <translation>Deux entrées reliées directement à une sortie : ajoutez des couches cachées et des neurones avec les boutons + du canevas, comme dans Playground.</translation>
        </message>
        <message>
            <source>Start from a CSV file…</source>
            <translation>Partir d'un fichier CSV…</translation>
        </message>
        <message>
            <source>Your own table: pick the target column; the network's inputs and outputs are fitted to the data.</source>
            <translation>Votre propre tableau : choisissez la colonne cible ; les entrées et sorties du réseau s'adaptent aux données.</translation>
        </message>
        <message>
            <source>New from template</source>
            <translation>Nouveau à partir d'un modèle</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Start from an example network, an empty one or your own data:</source>
            <translation>Partir d'un réseau d'exemple, d'un réseau vide ou de vos propres données :</translation>
        </message>
        <message>
            <source>CSV import needs the training panel</source>
            <translation>L'import CSV a besoin du panneau d'entraînement</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Save network</source>
            <translation>Enregistrer le réseau</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing it?</source>
            <translation>Enregistrer les modifications de {name} avant de le fermer ?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Export canvas as {kind}</source>
            <translation>Exporter le canevas en {kind}</translation>
        </message>
        <message>
            <source>{kind} image (*.{ext})</source>
            <translation>Image {kind} (*.{ext})</translation>
        </message>
        <message>
            <source>Could not export the canvas</source>
            <translation>Impossible d'exporter le canevas</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} exporté</translation>
        </message>
        <message>
            <source>Could not write {path}</source>
            <translation>Impossible d'écrire {path}</translation>
        </message>
        <message>
            <source>Recover unsaved work?</source>
            <translation>Récupérer le travail non enregistré ?</translation>
        </message>
        <message>
            <source>NN Studio did not close properly last time. Recover “{title}”, autosaved {when}?</source>
            <translation>NN Studio ne s'est pas fermé correctement la dernière fois. Récupérer « {title} », enregistré automatiquement le {when} ?</translation>
        </message>
        <message>
            <source>Could not recover</source>
            <translation>Récupération impossible</translation>
        </message>
        <message>
            <source>Recovered the autosaved network: save it to keep it</source>
            <translation>Réseau enregistré automatiquement récupéré : enregistrez-le pour le garder</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>The interface language changes at the next start.</source>
            <translation>La langue de l'interface change au prochain démarrage.</translation>
        </message>
        <message>
            <source>The training panel will appear here.</source>
            <translation>Le panneau d'entraînement s'affichera ici.</translation>
        </message>
        <message>
            <source>Loss and accuracy plots will appear here.</source>
            <translation>Les graphiques de perte et d'exactitude s'afficheront ici.</translation>
        </message>
        <message>
            <source>Some panels could not be loaded: </source>
            <translation>Certains panneaux n'ont pas pu être chargés : </translation>
        </message>
        <message numerus="yes">
            <source>{sizes}  ·  %n parameter(s)  ·  loss {loss}</source>
            <translation>
                <numerusform>{sizes}  ·  %n paramètre  ·  perte {loss}</numerusform>
                <numerusform>{sizes}  ·  %n paramètres  ·  perte {loss}</numerusform>
            </translation>
        </message>
        <message>
            <source>A short tour</source>
            <translation>Petite visite</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>About NN Studio</source>
            <translation>À propos de NN Studio</translation>
        </message>
        <message>
            <source>&lt;p&gt;A visual simulator of neural networks: build a network, watch it learn, step through the maths.&lt;/p&gt;&lt;p&gt;Python, NumPy, PySide6 and pyqtgraph.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un simulateur visuel de réseaux de neurones : construisez un réseau, regardez-le apprendre, suivez les calculs pas à pas.&lt;/p&gt;&lt;p&gt;Python, NumPy, PySide6 et pyqtgraph.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Select a layer (click its title) or a neuron first</source>
            <translation>Sélectionnez d'abord une couche (cliquez sur son titre) ou un neurone</translation>
        </message>
        <message>
            <source>The input layer passes the features on unchanged; it has no activation</source>
            <translation>La couche d'entrée transmet les caractéristiques telles quelles ; elle n'a pas d'activation</translation>
        </message>
        <message>
            <source>{name} was not opened</source>
            <translation>{name} n'a pas été ouvert</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>&amp;Réseau</translation>
        </message>
        <message>
            <source>&amp;Train</source>
            <translation>E&amp;ntraînement</translation>
        </message>
        <message>
            <source>&amp;Lab</source>
            <translation>La&amp;bo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
    </context>
    <context>
        <name>NumberEntry</name>
        <message>
            <source>Type a number from {low} to {high}</source>
            <translation>Saisissez un nombre entre {low} et {high}</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>not a number: {text}</source>
            <extracomment>The decimal separator of every number shown or typed; the GUI sets it once at start-up (``use_decimal_comma``); the CLI and the files never do, so JSON, CSV and the CLI keep the point.</extracomment>
            <translation>pas un nombre : {text}</translation>
        </message>
        <message>
            <source>please type a finite number</source>
            <translation>saisissez un nombre fini</translation>
        </message>
        <message>
            <source>{what}: type at least one number</source>
            <translation>{what} : saisissez au moins un nombre</translation>
        </message>
        <message>
            <source>{what}: '{bad}' is not a number; type numbers separated by semicolons, e.g. {example}</source>
            <translation>{what} : « {bad} » n'est pas un nombre ; saisissez des nombres séparés par des points-virgules, p. ex. {example}</translation>
        </message>
        <message>
            <source>{what}: '{bad}' is not a number; type numbers separated by commas, e.g. {example}</source>
            <translation>{what} : « {bad} » n'est pas un nombre ; saisissez des nombres séparés par des points-virgules, p. ex. {example}</translation>
        </message>
        <message numerus="yes">
            <source>{what}: expected %n number(s), got {got}</source>
            <translation>
                <numerusform>{what} : %n nombre attendu, {got} reçu(s)</numerusform>
                <numerusform>{what} : %n nombres attendus, {got} reçu(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>{what}: the numbers must be finite</source>
            <translation>{what} : les nombres doivent être finis</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>New network from a template</source>
            <translation>Nouveau réseau à partir d'un modèle</translation>
        </message>
        <message>
            <source>Open a network file</source>
            <translation>Ouvrir un fichier réseau</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Suppr</translation>
        </message>
        <message>
            <source>Delete the selected neurons, connection or layer</source>
            <translation>Supprimer les neurones, la connexion ou la couche sélectionnés</translation>
        </message>
        <message>
            <source>Select all neurons</source>
            <translation>Sélectionner tous les neurones</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>Zoom avant / arrière</translation>
        </message>
        <message>
            <source>Fit the network in the window</source>
            <translation>Ajuster le réseau à la fenêtre</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>Molette</translation>
        </message>
        <message>
            <source>Zoom around the mouse</source>
            <translation>Zoomer autour de la souris</translation>
        </message>
        <message>
            <source>Middle button drag, Space+drag</source>
            <translation>Glisser avec le bouton du milieu, Espace+glisser</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Déplacer la vue</translation>
        </message>
        <message>
            <source>Ctrl+drag between neurons</source>
            <translation>Ctrl+glisser entre des neurones</translation>
        </message>
        <message>
            <source>Restore a deleted connection</source>
            <translation>Rétablir une connexion supprimée</translation>
        </message>
        <message>
            <source>Connect tool on/off</source>
            <translation>Outil de connexion activé/désactivé</translation>
        </message>
        <message>
            <source>Double-click</source>
            <translation>Double-clic</translation>
        </message>
        <message>
            <source>Type an exact bias, weight or name</source>
            <translation>Saisir un biais, un poids ou un nom exact</translation>
        </message>
        <message>
            <source>Shift+wheel, Alt+drag</source>
            <translation>Maj+molette, Alt+glisser</translation>
        </message>
        <message>
            <source>Change the selected bias/weight coarsely</source>
            <translation>Modifier grossièrement le biais ou le poids sélectionné</translation>
        </message>
        <message>
            <source>Add a layer</source>
            <translation>Ajouter une couche</translation>
        </message>
        <message>
            <source>Add a neuron to the selected layer</source>
            <translation>Ajouter un neurone à la couche sélectionnée</translation>
        </message>
        <message>
            <source>Re-layout</source>
            <translation>Réorganiser la disposition</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message>
            <source>Many connections or neurons: numbers are written on the selected neuron and its connections — click a neuron to see its own.</source>
            <translation>Beaucoup de connexions ou de neurones : les nombres sont écrits sur le neurone sélectionné et ses connexions — cliquez sur un neurone pour voir les siens.</translation>
        </message>
        <message>
            <source>Step-through update</source>
            <translation>Mise à jour du pas à pas</translation>
        </message>
        <message>
            <source>row {n}</source>
            <translation>ligne {n}</translation>
        </message>
        <message>
            <source>rows {first}–{last}</source>
            <translation>lignes {first} à {last}</translation>
        </message>
        <message>
            <source>typed sample</source>
            <translation>échantillon saisi</translation>
        </message>
        <message>
            <source>the sample has {inputs} input(s) and {targets} target(s); the network needs {n_inputs} and {n_outputs}</source>
            <translation>l'échantillon a {inputs} entrée(s) et {targets} cible(s) ; le réseau en attend {n_inputs} et {n_outputs}</translation>
        </message>
        <message>
            <source>Step-through: {error}</source>
            <translation>Pas à pas : {error}</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>aucune donnée</translation>
        </message>
        <message>
            <source>Step-through: other edits came after the update; undo them first (Edit ▸ Undo)</source>
            <translation>Pas à pas : d'autres modifications ont suivi la mise à jour ; annulez-les d'abord (Édition ▸ Annuler)</translation>
        </message>
        <message>
            <source>Step-through stopped: {error}</source>
            <translation>Pas à pas arrêté : {error}</translation>
        </message>
        <message>
            <source>Step-through ended: another network was opened</source>
            <translation>Pas à pas terminé : un autre réseau a été ouvert</translation>
        </message>
        <message>
            <source>The network changed: the steps show the new numbers</source>
            <translation>Le réseau a changé : les étapes montrent les nouveaux nombres</translation>
        </message>
        <message>
            <source>input {name}</source>
            <translation>entrée {name}</translation>
        </message>
        <message>
            <source>neuron {name}</source>
            <translation>neurone {name}</translation>
        </message>
        <message>
            <source>connection {name}</source>
            <translation>connexion {name}</translation>
        </message>
        <message>
            <source>Not computed yet: the forward pass reaches it in a later step.</source>
            <translation>Pas encore calculé : la propagation avant l'atteint à une étape suivante.</translation>
        </message>
        <message>
            <source>An input value: the sample's feature.</source>
            <translation>Une valeur d'entrée : la caractéristique de l'échantillon.</translation>
        </message>
        <message>
            <source>This layer has no bias: the update changes its weights only.</source>
            <translation>Cette couche n'a pas de biais : la mise à jour ne change que ses poids.</translation>
        </message>
        <message>
            <source>Select a sample to see its own formula.</source>
            <translation>Sélectionnez un échantillon pour voir sa propre formule.</translation>
        </message>
        <message>
            <source>mean {name}</source>
            <translation>moyenne {name}</translation>
        </message>
        <message>
            <source>log is the natural logarithm.</source>
            <translation>log est le logarithme népérien.</translation>
        </message>
        <message>
            <source> Terms with y = 0 are zero and left out.</source>
            <translation> Les termes où y = 0 sont nuls et omis.</translation>
        </message>
        <message>
            <source>the target</source>
            <translation>la cible</translation>
        </message>
        <message>
            <source>this output's share of L</source>
            <translation>part de cette sortie dans L</translation>
        </message>
        <message>
            <source>Each δₙ already carries the loss's 1/N; their sum is ∂L/∂b. Select a sample to see its δ.</source>
            <translation>Chaque δₙ porte déjà le 1/N de la perte ; leur somme est ∂L/∂b. Sélectionnez un échantillon pour voir son δ.</translation>
        </message>
        <message>
            <source>With a sigmoid output, binary cross-entropy's ∂L/∂ŷ·σ′(z) simplifies to ŷ − y.</source>
            <translation>Avec une sortie sigmoïde, le ∂L/∂ŷ·σ′(z) de l'entropie croisée binaire se simplifie en ŷ − y.</translation>
        </message>
        <message>
            <source>With a softmax output, cross-entropy's gradient through the softmax simplifies to ŷ − y.</source>
            <translation>Avec une sortie softmax, le gradient de l'entropie croisée à travers la softmax se simplifie en ŷ − y.</translation>
        </message>
        <message>
            <source>Softmax ties the outputs together: δ uses its Jacobian.</source>
            <translation>La softmax lie les sorties entre elles : δ utilise sa jacobienne.</translation>
        </message>
        <message>
            <source>the δ of layer {l} sent back</source>
            <translation>le δ de la couche {l} renvoyé en arrière</translation>
        </message>
        <message>
            <source>summed over the batch</source>
            <translation>sommé sur le lot</translation>
        </message>
        <message>
            <source>This connection is removed (masked): no weight, no gradient.</source>
            <translation>Cette connexion est supprimée (masquée) : ni poids, ni gradient.</translation>
        </message>
        <message>
            <source>Each δₙ already carries the loss's 1/N.</source>
            <translation>Chaque δₙ porte déjà le 1/N de la perte.</translation>
        </message>
        <message>
            <source>The connection's share of the neuron's z.</source>
            <translation>La part de la connexion dans le z du neurone.</translation>
        </message>
        <message>
            <source>w × mean a</source>
            <translation>w × moyenne a</translation>
        </message>
        <message>
            <source>this sample's share: δⱼ·aᵢ</source>
            <translation>part de cet échantillon : δⱼ·aᵢ</translation>
        </message>
        <message>
            <source>they agree</source>
            <translation>ils concordent</translation>
        </message>
        <message>
            <source>they DISAGREE (a kink of relu at z = 0, or a bug)</source>
            <translation>ils DIFFÈRENT (un coude de relu en z = 0, ou une erreur)</translation>
        </message>
        <message>
            <source>{what} by backprop = {backprop}
{what} by central difference (h = {h}) = {numeric}
relative error = {error} — {verdict}</source>
            <translation>{what} par rétropropagation = {backprop}
{what} par différence centrée (h = {h}) = {numeric}
erreur relative = {error} — {verdict}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;One training step, in four parts&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b style='color:#2166ac'&gt;Forward&lt;/b&gt;, layer by layer: each neuron computes z = Σ w·a + b and a = f(z).&lt;/p&gt;&lt;p&gt;&lt;b style='color:#7c3aed'&gt;Loss&lt;/b&gt;: the output ŷ is compared with the target y.&lt;/p&gt;&lt;p&gt;&lt;b style='color:#e66101'&gt;Backward&lt;/b&gt;, from the output back: δ = ∂L/∂z of each neuron and ∂L/∂w = δ·a of each weight (the chain rule).&lt;/p&gt;&lt;p&gt;&lt;b style='color:#1a7f37'&gt;Update&lt;/b&gt;: every weight moves against its gradient, w ← w − η·∂L/∂w.&lt;/p&gt;&lt;p&gt;Here you will see the formula of the selected neuron or connection with its numbers.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Une étape d'entraînement, en quatre temps&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b style='color:#2166ac'&gt;Propagation avant&lt;/b&gt;, couche par couche : chaque neurone calcule z = Σ w·a + b et a = f(z).&lt;/p&gt;&lt;p&gt;&lt;b style='color:#7c3aed'&gt;Perte&lt;/b&gt; : la sortie ŷ est comparée à la cible y.&lt;/p&gt;&lt;p&gt;&lt;b style='color:#e66101'&gt;Rétropropagation&lt;/b&gt;, de la sortie vers l'entrée : δ = ∂L/∂z de chaque neurone et ∂L/∂w = δ·a de chaque poids (la règle de dérivation en chaîne).&lt;/p&gt;&lt;p&gt;&lt;b style='color:#1a7f37'&gt;Mise à jour&lt;/b&gt; : chaque poids se déplace à l'opposé de son gradient, w ← w − η·∂L/∂w.&lt;/p&gt;&lt;p&gt;Ici s'affichera la formule du neurone ou de la connexion sélectionné, avec ses nombres.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Check this gradient numerically</source>
            <translation>Vérifier ce gradient numériquement</translation>
        </message>
        <message>
            <source>Compare backprop's ∂L/∂w with a central finite difference (L(w + h) − L(w − h)) / 2h on the same sample</source>
            <translation>Comparer le ∂L/∂w de la rétropropagation avec une différence finie centrée (L(w + h) − L(w − h)) / 2h sur le même échantillon</translation>
        </message>
        <message>
            <source>Press Start to step through.</source>
            <translation>Appuyez sur Démarrer pour avancer pas à pas.</translation>
        </message>
        <message>
            <source>Click a neuron or a connection on the canvas to explain it.</source>
            <translation>Cliquez sur un neurone ou une connexion du canevas pour l'expliquer.</translation>
        </message>
        <message>
            <source>Explaining the selected {item}.</source>
            <translation>Explication de l'élément sélectionné : {item}.</translation>
        </message>
        <message>
            <source>Check this weight's gradient numerically</source>
            <translation>Vérifier numériquement le gradient de ce poids</translation>
        </message>
        <message>
            <source>Check this bias's gradient numerically</source>
            <translation>Vérifier numériquement le gradient de ce biais</translation>
        </message>
        <message>
            <source>Check a gradient numerically (select a connection)</source>
            <translation>Vérifier un gradient numériquement (sélectionnez une connexion)</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Étape précédente</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <source>Run to the end</source>
            <translation>Aller jusqu'à la fin</translation>
        </message>
        <message>
            <source>Play / pause</source>
            <translation>Lecture / pause</translation>
        </message>
        <message>
            <source>Step through</source>
            <translation>Pas à pas</translation>
        </message>
        <message>
            <source>Step through one sample's forward pass, loss, backward pass and update, with the numbers (F8)</source>
            <translation>Suivre pas à pas la propagation avant, la perte, la rétropropagation et la mise à jour d'un échantillon, avec les nombres (F8)</translation>
        </message>
        <message>
            <source>&amp;Gradient View (∂L/∂w)</source>
            <translation>Vue du &amp;gradient (∂L/∂w)</translation>
        </message>
        <message>
            <source>Colour each connection by ∂L/∂w for the step-through's sample, also outside step-through</source>
            <translation>Colorer chaque connexion selon ∂L/∂w pour l'échantillon du pas à pas, même hors du pas à pas</translation>
        </message>
        <message>
            <source>One column per sample of the batch ({size} samples).</source>
            <translation>Une colonne par échantillon du lot ({size} échantillons).</translation>
        </message>
        <message>
            <source>The column is sample {n} of the batch of {size}.</source>
            <translation>La colonne est l'échantillon {n} du lot de {size}.</translation>
        </message>
        <message>
            <source>(no bias)</source>
            <translation>(sans biais)</translation>
        </message>
        <message>
            <source>b is added to every column. </source>
            <translation>b est ajouté à chaque colonne. </translation>
        </message>
        <message>
            <source>The loss is the mean over every sample of the batch.</source>
            <translation>La perte est la moyenne sur tous les échantillons du lot.</translation>
        </message>
        <message>
            <source>The gradients use the whole batch (each δ already carries 1/N).</source>
            <translation>Les gradients utilisent tout le lot (chaque δ porte déjà 1/N).</translation>
        </message>
        <message>
            <source>The fused gradient: the activation's derivative cancels against the loss's.</source>
            <translation>Le gradient fusionné : la dérivée de l'activation se simplifie avec celle de la perte.</translation>
        </message>
        <message>
            <source> Targets that do not sum to 1 give (ŷ·Σy − y)/N.</source>
            <translation> Des cibles dont la somme n'est pas 1 donnent (ŷ·Σy − y)/N.</translation>
        </message>
        <message>
            <source>δ{t} = Jᵀ·∂L/∂ŷ (one Jacobian per sample)</source>
            <translation>δ{t} = Jᵀ·∂L/∂ŷ (une jacobienne par échantillon)</translation>
        </message>
        <message>
            <source>→ Jᵀ· (per sample) →</source>
            <translation>→ Jᵀ· (par échantillon) →</translation>
        </message>
        <message>
            <source>Select a sample to see its softmax Jacobian.</source>
            <translation>Sélectionnez un échantillon pour voir la jacobienne de sa softmax.</translation>
        </message>
        <message>
            <source>Softmax ties the outputs together: δ goes through its Jacobian.</source>
            <translation>La softmax lie les sorties entre elles : δ passe par sa jacobienne.</translation>
        </message>
        <message>
            <source>⊙ multiplies element by element.</source>
            <translation>⊙ multiplie élément par élément.</translation>
        </message>
        <message>
            <source>new b{t}</source>
            <translation>nouveau b{t}</translation>
        </message>
        <message>
            <source>η = {eta}; — marks a removed connection.</source>
            <translation>η = {eta} ; — marque une connexion supprimée.</translation>
        </message>
        <message>
            <source>The current layer's equations, written as matrices with their numbers, appear here.</source>
            <translation>Les équations de la couche courante, écrites avec des matrices et leurs nombres, s'affichent ici.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — as matrices</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — sous forme de matrices</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>Backward</source>
            <translation>Arrière</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Mise à jour</translation>
        </message>
        <message>
            <source>Restart (Home)</source>
            <translation>Recommencer (Début)</translation>
        </message>
        <message>
            <source>Previous step (←)</source>
            <translation>Étape précédente (←)</translation>
        </message>
        <message>
            <source>Next step (→)</source>
            <translation>Étape suivante (→)</translation>
        </message>
        <message>
            <source>Run to the end (End)</source>
            <translation>Aller à la fin (Fin)</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Play the steps one after the other (P)</source>
            <translation>Enchaîner les étapes les unes après les autres (P)</translation>
        </message>
        <message>
            <source>Playing speed</source>
            <translation>Vitesse de lecture</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>vitesse</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Étape {n} sur {total}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Step through one training step with the real numbers.&lt;/b&gt; Choose a sample and a learning rate on the left, then press &lt;b&gt;Start&lt;/b&gt; (or the toolbar's Step through). Keys: → next, ← previous, Home restart, End to the end, P play/pause.</source>
            <translation>&lt;b&gt;Suivez pas à pas une étape d'entraînement avec les vrais nombres.&lt;/b&gt; Choisissez un échantillon et un taux d'apprentissage à gauche, puis appuyez sur &lt;b&gt;Démarrer&lt;/b&gt; (ou sur Pas à pas dans la barre d'outils). Touches : → suivante, ← précédente, Début pour recommencer, Fin pour aller à la fin, P lecture/pause.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Enter or leave step-through (F8)</source>
            <translation>Entrer dans le pas à pas ou en sortir (F8)</translation>
        </message>
        <message>
            <source>Gradient view</source>
            <translation>Vue du gradient</translation>
        </message>
        <message>
            <source>Outside step-through, colour every connection by ∂L/∂w for the chosen sample</source>
            <translation>Hors du pas à pas, colorer chaque connexion selon ∂L/∂w pour l'échantillon choisi</translation>
        </message>
        <message>
            <source>Again with the new weights</source>
            <translation>Recommencer avec les nouveaux poids</translation>
        </message>
        <message>
            <source>Keep this update and step through the same sample again</source>
            <translation>Garder cette mise à jour et reprendre le même échantillon</translation>
        </message>
        <message>
            <source>Next sample</source>
            <translation>Échantillon suivant</translation>
        </message>
        <message>
            <source>Keep this update and step through the next rows of the data</source>
            <translation>Garder cette mise à jour et passer aux lignes suivantes des données</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source> &lt;i&gt;The network now has these new weights — one edit you can undo (← goes back and undoes it).&lt;/i&gt;</source>
            <translation> &lt;i&gt;Le réseau a maintenant ces nouveaux poids — une modification que vous pouvez annuler (← revient en arrière et l'annule).&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Sample: {what} · x = ({xs}) · target y = ({ys}) · {lr}</source>
            <translation>Échantillon : {what} · x = ({xs}) · cible y = ({ys}) · {lr}</translation>
        </message>
        <message>
            <source>Mini-batch: {what} ({size} samples) · {lr}</source>
            <translation>Mini-lot : {what} ({size} échantillons) · {lr}</translation>
        </message>
        <message>
            <source>… ({count} values)</source>
            <translation>… ({count} valeurs)</translation>
        </message>
        <message>
            <source>target</source>
            <translation>cible</translation>
        </message>
        <message>
            <source>A row of the data</source>
            <translation>Une ligne des données</translation>
        </message>
        <message>
            <source>Typed values</source>
            <translation>Valeurs saisies</translation>
        </message>
        <message>
            <source>Click a row to step through that sample; Shift+click or drag over several rows for a mini-batch. A click on a data point in the Plots' Output tab chooses that sample too.</source>
            <translation>Cliquez sur une ligne pour suivre cet échantillon ; Maj+clic ou glisser sur plusieurs lignes pour un mini-lot. Un clic sur un point de l'onglet Sortie des graphiques choisit aussi cet échantillon.</translation>
        </message>
        <message>
            <source>Mini-batch: this many consecutive rows; the update uses their mean gradient</source>
            <translation>Mini-lot : ce nombre de lignes consécutives ; la mise à jour utilise leur gradient moyen</translation>
        </message>
        <message>
            <source>Whose z, a and δ the neurons show; the update always uses the whole batch</source>
            <translation>De qui les neurones montrent z, a et δ ; la mise à jour utilise toujours tout le lot</translation>
        </message>
        <message>
            <source>The input values, separated by commas (Enter uses them)</source>
            <translation>Les valeurs d'entrée, séparées par des points-virgules (Entrée les utilise)</translation>
        </message>
        <message>
            <source>The target: one value per output neuron (one-hot for softmax)</source>
            <translation>La cible : une valeur par neurone de sortie (one-hot pour softmax)</translation>
        </message>
        <message>
            <source>η, the learning rate of the update step: w ← w − η·∂L/∂w. It is the network's (Training panel); another value here is for this step only</source>
            <translation>η, le taux d'apprentissage de la mise à jour : w ← w − η·∂L/∂w. C'est celui du réseau (panneau Entraînement) ; une autre valeur ici ne vaut que pour cette étape</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Taille du lot</translation>
        </message>
        <message>
            <source>How many rows this step traces (the training uses the network's batch size, shown here, from the Training panel)</source>
            <translation>Combien de lignes cette étape suit (l'entraînement utilise la taille de lot du réseau, affichée ici, du panneau Entraînement)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Batch size (network: {size})</source>
            <translation>Taille du lot (réseau : {size})</translation>
        </message>
        <message>
            <source>this step only (network: {lr})</source>
            <translation>pour cette étape seulement (réseau : {lr})</translation>
        </message>
        <message>
            <source>No data rows: {error}</source>
            <translation>Aucune ligne de données : {error}</translation>
        </message>
        <message>
            <source>sample {n}</source>
            <translation>échantillon {n}</translation>
        </message>
        <message>
            <source>the batch (mean z, a; Σδ)</source>
            <translation>le lot (moyenne de z, a ; Σδ)</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>the data ({name}) has {features} input(s) but the network has {inputs}: type a sample instead</source>
            <translation>les données ({name}) ont {features} entrée(s) mais le réseau en a {inputs} : saisissez plutôt un échantillon</translation>
        </message>
        <message>
            <source>mean squared error</source>
            <translation>erreur quadratique moyenne</translation>
        </message>
        <message>
            <source>half sum of squared errors</source>
            <translation>demi-somme des carrés des erreurs</translation>
        </message>
        <message>
            <source>sum of squared errors</source>
            <translation>somme des carrés des erreurs</translation>
        </message>
        <message>
            <source>binary cross-entropy</source>
            <translation>entropie croisée binaire</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>entropie croisée</translation>
        </message>
        <message>
            <source>dropped (dropconnect)</source>
            <translation>éteinte (dropconnect)</translation>
        </message>
        <message>
            <source> Dropconnect p = {p}: the dashed connections are dropped in this step; the others count ×1/(1 − p).</source>
            <translation> Dropconnect p = {p} : les connexions en pointillés sont éteintes à cette étape ; les autres comptent ×1/(1 − p).</translation>
        </message>
        <message>
            <source>the batch mean</source>
            <translation>la moyenne du lot</translation>
        </message>
        <message>
            <source> Batch of {size} samples; the neurons show {who}.</source>
            <translation> Lot de {size} échantillons ; les neurones montrent {who}.</translation>
        </message>
        <message>
            <source>the output layer</source>
            <translation>la couche de sortie</translation>
        </message>
        <message>
            <source>layer {l}</source>
            <translation>la couche {l}</translation>
        </message>
        <message>
            <source>plus its bias: z = Σ w·a + b</source>
            <translation>plus son biais : z = Σ w·a + b</translation>
        </message>
        <message>
            <source>with no bias (this layer has none): z = Σ w·a</source>
            <translation>sans biais (cette couche n'en a pas) : z = Σ w·a</translation>
        </message>
        <message>
            <source>Each neuron of {where} adds up its inputs times their weights, {adds}. Then it applies {act}: a = f(z). Each connection shows its input's contribution w·a.</source>
            <translation>Chaque neurone de {where} additionne ses entrées multipliées par leurs poids, {adds}. Puis il applique {act} : a = f(z). Chaque connexion montre la contribution w·a de son entrée.</translation>
        </message>
        <message>
            <source>Forward: layer {l} ({act})</source>
            <translation>Propagation avant : couche {l} ({act})</translation>
        </message>
        <message>
            <source>The output ŷ is compared with the target y. The loss ({loss}) measures how far off it is: L = {value}.</source>
            <translation>La sortie ŷ est comparée à la cible y. La perte ({loss}) mesure l'écart : L = {value}.</translation>
        </message>
        <message>
            <source> The loss is the mean over the batch of {size} samples.</source>
            <translation> La perte est la moyenne sur le lot de {size} échantillons.</translation>
        </message>
        <message>
            <source>Loss ({name})</source>
            <translation>Perte ({name})</translation>
        </message>
        <message>
            <source>Backward: layer {l} ({act})</source>
            <translation>Rétropropagation : couche {l} ({act})</translation>
        </message>
        <message>
            <source>The error flows back: each neuron collects the δ of the next layer through its outgoing weights, Σ w·δ, and multiplies it by the slope of its activation, f′(z).</source>
            <translation>L'erreur remonte : chaque neurone recueille les δ de la couche suivante à travers ses poids sortants, Σ w·δ, et les multiplie par la pente de son activation, f′(z).</translation>
        </message>
        <message>
            <source>How does each output's z change the loss? With {act} and {loss} the chain rule simplifies to δ = ŷ − y (divided as the loss averages).</source>
            <translation>Comment le z de chaque sortie fait-il varier la perte ? Avec {act} et l'{loss}, la règle de dérivation en chaîne se simplifie en δ = ŷ − y (divisé comme la perte fait sa moyenne).</translation>
        </message>
        <message>
            <source>How does each output's z change the loss? Softmax ties the outputs together, so δ uses its Jacobian: δₖ = aₖ·(∂L/∂aₖ − Σⱼ ∂L/∂aⱼ·aⱼ).</source>
            <translation>Comment le z de chaque sortie fait-il varier la perte ? La softmax lie les sorties entre elles, donc δ utilise sa jacobienne : δₖ = aₖ·(∂L/∂aₖ − Σⱼ ∂L/∂aⱼ·aⱼ).</translation>
        </message>
        <message>
            <source>How does each output's z change the loss? δ = ∂L/∂z = ∂L/∂ŷ · f′(z).</source>
            <translation>Comment le z de chaque sortie fait-il varier la perte ? δ = ∂L/∂z = ∂L/∂ŷ · f′(z).</translation>
        </message>
        <message>
            <source> Each connection shows ∂L/∂w = δ · a_prev: how fast the loss changes when that weight grows.</source>
            <translation> Chaque connexion montre ∂L/∂w = δ · a_prev : à quelle vitesse la perte varie quand ce poids augmente.</translation>
        </message>
        <message>
            <source> For the bias, ∂L/∂b = δ.</source>
            <translation> Pour le biais, ∂L/∂b = δ.</translation>
        </message>
        <message>
            <source> The gradients are summed over the batch (each δ already carries 1/N).</source>
            <translation> Les gradients sont sommés sur le lot (chaque δ porte déjà 1/N).</translation>
        </message>
        <message>
            <source>Every weight and bias takes one small step against its gradient: w ← w − η·∂L/∂w with η = {eta}.</source>
            <translation>Chaque poids et chaque biais fait un petit pas à l'opposé de son gradient : w ← w − η·∂L/∂w avec η = {eta}.</translation>
        </message>
        <message>
            <source> The gradient is the batch average.</source>
            <translation> Le gradient est la moyenne sur le lot.</translation>
        </message>
        <message>
            <source> Dropped connections do not move in this step.</source>
            <translation> Les connexions éteintes ne bougent pas à cette étape.</translation>
        </message>
        <message>
            <source>Update: one SGD step (η = {eta})</source>
            <translation>Mise à jour : un pas de SGD (η = {eta})</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>the first coordinate</source>
            <translation>la première coordonnée</translation>
        </message>
        <message>
            <source>the second coordinate</source>
            <translation>la seconde coordonnée</translation>
        </message>
        <message>
            <source>x1 squared: lets a single neuron draw round boundaries</source>
            <translation>x1 au carré : permet à un seul neurone de tracer des frontières arrondies</translation>
        </message>
        <message>
            <source>x2 squared: lets a single neuron draw round boundaries</source>
            <translation>x2 au carré : permet à un seul neurone de tracer des frontières arrondies</translation>
        </message>
        <message>
            <source>the product x1·x2: positive in two opposite quadrants (solves XOR by itself)</source>
            <translation>le produit x1·x2 : positif dans deux quadrants opposés (résout XOR à lui seul)</translation>
        </message>
        <message>
            <source>sin of x1: a wavy feature</source>
            <translation>sinus de x1 : une caractéristique ondulée</translation>
        </message>
        <message>
            <source>sin of x2: a wavy feature</source>
            <translation>sinus de x2 : une caractéristique ondulée</translation>
        </message>
        <message>
            <source>the {loss} loss needs class labels, but this data has numeric targets (use mse)</source>
            <translation>la perte {loss} demande des classes, mais ces données ont des cibles numériques (utilisez mse)</translation>
        </message>
        <message>
            <source>the bce loss needs a sigmoid output</source>
            <translation>la perte bce demande une sortie sigmoïde</translation>
        </message>
        <message>
            <source>the cross_entropy loss needs a softmax output</source>
            <translation>la perte cross_entropy demande une sortie softmax</translation>
        </message>
        <message>
            <source>class {i}</source>
            <translation>classe {i}</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>aucune donnée</translation>
        </message>
        <message numerus="yes">
            <source>the data has %n input(s)</source>
            <translation>
                <numerusform>les données ont %n entrée</numerusform>
                <numerusform>les données ont %n entrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> but the network has %n input neuron(s)</source>
            <translation>
                <numerusform> mais le réseau a %n neurone d'entrée</numerusform>
                <numerusform> mais le réseau a %n neurones d'entrée</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot train: {problem}.</source>
            <translation>Entraînement impossible : {problem}.</translation>
        </message>
        <message>
            <source>The training process failed ({error}); training in the app itself.</source>
            <translation>Le processus d'entraînement a échoué ({error}) ; entraînement dans l'application elle-même.</translation>
        </message>
        <message>
            <source>Could not start the training process ({error}); training in the app itself.</source>
            <translation>Impossible de démarrer le processus d'entraînement ({error}) ; entraînement dans l'application elle-même.</translation>
        </message>
        <message>
            <source>Paused for editing.</source>
            <translation>En pause pour modification.</translation>
        </message>
        <message>
            <source>Training failed: {error}.</source>
            <translation>L'entraînement a échoué : {error}.</translation>
        </message>
        <message>
            <source>Reset training</source>
            <translation>Réinitialiser l'entraînement</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>Graine {seed}</translation>
        </message>
        <message>
            <source>Reset: weights re-initialised ({init}, seed {seed}).</source>
            <translation>Réinitialisé : poids tirés de nouveau ({init}, graine {seed}).</translation>
        </message>
        <message>
            <source>Back to the last good weights (epoch {epoch})</source>
            <translation>Retour aux derniers bons poids (époque {epoch})</translation>
        </message>
        <message>
            <source>Could not go back: {error}</source>
            <translation>Retour impossible : {error}</translation>
        </message>
        <message>
            <source>Back to the weights of epoch {epoch}; lower η before playing again.</source>
            <translation>Retour aux poids de l'époque {epoch} ; baissez η avant de relancer.</translation>
        </message>
        <message>
            <source>The training thread did not stop in time.</source>
            <translation>Le fil d'entraînement ne s'est pas arrêté à temps.</translation>
        </message>
        <message>
            <source>The loss is diverging — the learning rate is probably too large (η = {lr}). Training stopped at epoch {epoch}; the weights from before Play are back.</source>
            <translation>La perte diverge — le taux d'apprentissage est sans doute trop grand (η = {lr}). Entraînement arrêté à l'époque {epoch} ; les poids d'avant Lecture sont revenus.</translation>
        </message>
        <message>
            <source>Training failed; see the console for details.</source>
            <translation>L'entraînement a échoué ; voir la console pour les détails.</translation>
        </message>
        <message numerus="yes">
            <source>Done: %n epoch(s).</source>
            <translation>
                <numerusform>Terminé : %n époque.</numerusform>
                <numerusform>Terminé : %n époques.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Train %n epoch(s)</source>
            <translation>
                <numerusform>Entraîner %n époque</numerusform>
                <numerusform>Entraîner %n époques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Train %n step(s)</source>
            <translation>
                <numerusform>Entraîner %n pas</numerusform>
                <numerusform>Entraîner %n pas</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not keep the trained weights: {error}</source>
            <translation>Impossible de garder les poids entraînés : {error}</translation>
        </message>
        <message>
            <source>Training stopped: the network was changed while it ran.</source>
            <translation>Entraînement arrêté : le réseau a été modifié pendant qu'il tournait.</translation>
        </message>
        <message>
            <source>Optimiser, batch size or seed changed: training goes on with a fresh optimiser state.</source>
            <translation>Optimiseur, taille du lot ou graine modifiés : l'entraînement continue avec un optimiseur remis à zéro.</translation>
        </message>
        <message>
            <source>Drop rows with a missing cell</source>
            <translation>Supprimer les lignes avec une cellule manquante</translation>
        </message>
        <message>
            <source>Fill: column median / a "missing" category</source>
            <translation>Compléter : médiane de la colonne / une catégorie « missing »</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>des virgules</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>des points-virgules</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>des tabulations</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Importer un fichier CSV</translation>
        </message>
        <message>
            <source>The first rows of the file, as read</source>
            <translation>Les premières lignes du fichier, telles que lues</translation>
        </message>
        <message>
            <source>column</source>
            <translation>colonne</translation>
        </message>
        <message>
            <source>use</source>
            <translation>utiliser</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>missing / distinct</source>
            <translation>manquantes / distinctes</translation>
        </message>
        <message>
            <source>Each column: use it as an input or leave it out, and its type. Numeric columns become one input each; categorical ones one input per category (one-hot).</source>
            <translation>Chaque colonne : l'utiliser comme entrée ou l'écarter, et son type. Une colonne numérique devient une entrée ; une colonne catégorielle une entrée par catégorie (one-hot).</translation>
        </message>
        <message>
            <source>The column the network learns to predict. Text or a few whole numbers: classification; other numbers: regression.</source>
            <translation>La colonne que le réseau apprend à prédire. Du texte ou quelques nombres entiers : classification ; d'autres nombres : régression.</translation>
        </message>
        <message>
            <source>What to do with empty cells and ?, NA, NaN, N/A. Rows with a missing target are always dropped.</source>
            <translation>Que faire des cellules vides et de ?, NA, NaN, N/A. Les lignes sans cible sont toujours supprimées.</translation>
        </message>
        <message>
            <source>Standardise numeric inputs</source>
            <translation>Standardiser les entrées numériques</translation>
        </message>
        <message>
            <source>Scale each numeric input to mean 0 and standard deviation 1 (training rows' statistics): networks learn much faster on scaled inputs</source>
            <translation>Ramener chaque entrée numérique à une moyenne 0 et un écart-type 1 (statistiques des lignes d'entraînement) : les réseaux apprennent bien plus vite sur des entrées mises à l'échelle</translation>
        </message>
        <message>
            <source>Share of the rows held out as test data</source>
            <translation>Part des lignes mises de côté comme données de test</translation>
        </message>
        <message>
            <source>Seed of the random train/test split</source>
            <translation>Graine de la répartition aléatoire entraînement/test</translation>
        </message>
        <message>
            <source>What the import makes of the file with these options</source>
            <translation>Ce que l'import fait du fichier avec ces options</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Target column</source>
            <translation>Colonne cible</translation>
        </message>
        <message>
            <source>Missing values</source>
            <translation>Valeurs manquantes</translation>
        </message>
        <message>
            <source>Test rows</source>
            <translation>Lignes de test</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Résumé de l'import</translation>
        </message>
        <message>
            <source>Open a CSV file</source>
            <translation>Ouvrir un fichier CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>Fichiers CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Could not read {name}: {error}</source>
            <translation>Impossible de lire {name} : {error}</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n row(s), {columns} columns, separated by {delimiter}</source>
            <translation>
                <numerusform>{name} : %n ligne, {columns} colonnes, séparées par {delimiter}</numerusform>
                <numerusform>{name} : %n lignes, {columns} colonnes, séparées par {delimiter}</numerusform>
            </translation>
        </message>
        <message>
            <source>Use {name} as an input (the target column is always used)</source>
            <translation>Utiliser {name} comme entrée (la colonne cible est toujours utilisée)</translation>
        </message>
        <message>
            <source>numeric</source>
            <translation>numérique</translation>
        </message>
        <message>
            <source>categorical</source>
            <translation>catégorielle</translation>
        </message>
        <message>
            <source>numeric: one input with the value; categorical: one 0/1 input per category</source>
            <translation>numérique : une entrée avec la valeur ; catégorielle : une entrée 0/1 par catégorie</translation>
        </message>
        <message>
            <source>Cannot import with these options: {error}</source>
            <translation>Import impossible avec ces options : {error}</translation>
        </message>
        <message>
            <source>Training</source>
            <extracomment>Announced through the host's hooks when a data point of the plots is clicked: ``part`` ("train" | "test") and ``row`` in that part of the document's data.</extracomment>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>Cercle</translation>
        </message>
        <message>
            <source>Two gaussians</source>
            <translation>Deux gaussiennes</translation>
        </message>
        <message>
            <source>Spiral</source>
            <translation>Spirale</translation>
        </message>
        <message>
            <source>Moons</source>
            <translation>Lunes</translation>
        </message>
        <message>
            <source>Linearly separable</source>
            <translation>Linéairement séparable</translation>
        </message>
        <message>
            <source>Blobs (3–5 classes)</source>
            <translation>Amas (3 à 5 classes)</translation>
        </message>
        <message>
            <source>Regression plane</source>
            <translation>Plan de régression</translation>
        </message>
        <message>
            <source>Sine (1-D regression)</source>
            <translation>Sinus (régression 1D)</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>More settings</source>
            <translation>Plus de réglages</translation>
        </message>
        <message>
            <source>A built-in toy dataset (hover an entry for a description)</source>
            <translation>Un petit jeu de données fourni (survolez une entrée pour sa description)</translation>
        </message>
        <message>
            <source>Open CSV…</source>
            <translation>Ouvrir un CSV…</translation>
        </message>
        <message>
            <source>Train on your own table: choose the target column, column types, missing-value policy and standardisation</source>
            <translation>Entraîner sur votre propre tableau : choisissez la colonne cible, les types de colonnes, le traitement des valeurs manquantes et la standardisation</translation>
        </message>
        <message>
            <source>How many points to generate (training + test)</source>
            <translation>Combien de points générer (entraînement + test)</translation>
        </message>
        <message>
            <source>Random jitter added to the points (0 = exact shapes)</source>
            <translation>Bruit aléatoire ajouté aux points (0 = formes exactes)</translation>
        </message>
        <message>
            <source>Share of the points held out as test data: never trained on, used to see how well the network generalises</source>
            <translation>Part des points mis de côté comme données de test : jamais utilisés pour l'entraînement, ils montrent si le réseau généralise bien</translation>
        </message>
        <message>
            <source>Number of blobs (classes); the output layer needs one softmax neuron per class</source>
            <translation>Nombre d'amas (classes) ; la couche de sortie a besoin d'un neurone softmax par classe</translation>
        </message>
        <message>
            <source>The random seed of the data: the same seed gives the same points</source>
            <translation>La graine aléatoire des données : la même graine donne les mêmes points</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Regénérer</translation>
        </message>
        <message>
            <source>Draw new random points (next seed)</source>
            <translation>Tirer de nouveaux points (graine suivante)</translation>
        </message>
        <message>
            <source>Input features</source>
            <translation>Caractéristiques d'entrée</translation>
        </message>
        <message>
            <source>Which functions of (x1, x2) the network receives as inputs</source>
            <translation>Quelles fonctions de (x1 ; x2) le réseau reçoit en entrée</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Échantillons</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Bruit</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message numerus="yes">
            <source>{train} training and {test} test samples, %n input(s)</source>
            <translation>
                <numerusform>{train} échantillons d'entraînement et {test} de test, %n entrée</numerusform>
                <numerusform>{train} échantillons d'entraînement et {test} de test, %n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>, {classes} classes.</source>
            <translation>, {classes} classes.</translation>
        </message>
        <message>
            <source>, regression.</source>
            <translation>, régression.</translation>
        </message>
        <message>
            <source>Set {field} to {value}</source>
            <translation>Régler {field} à {value}</translation>
        </message>
        <message>
            <source>Use dataset {name}</source>
            <translation>Utiliser le jeu de données {name}</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>échantillons</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>bruit</translation>
        </message>
        <message>
            <source>test fraction</source>
            <translation>part de test</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>graine</translation>
        </message>
        <message>
            <source>classes</source>
            <translation>classes</translation>
        </message>
        <message>
            <source>Change dataset {what}</source>
            <translation>Modifier le jeu de données : {what}</translation>
        </message>
        <message>
            <source>Use input features {names}</source>
            <translation>Caractéristiques d'entrée : {names}</translation>
        </message>
        <message>
            <source>Could not load the data</source>
            <translation>Impossible de charger les données</translation>
        </message>
        <message>
            <source>{text} (network: {changes})</source>
            <translation>{text} (réseau : {changes})</translation>
        </message>
        <message>
            <source>The network was adapted to the data: {changes}.</source>
            <translation>Le réseau a été adapté aux données : {changes}.</translation>
        </message>
        <message>
            <source>Adapt the network?</source>
            <translation>Adapter le réseau ?</translation>
        </message>
        <message>
            <source>The data does not fit the network's input/output layers.

Adapting changes: {changes}.

This is one undo step.</source>
            <translation>Les données ne correspondent pas aux couches d'entrée et de sortie du réseau.

L'adaptation change : {changes}.

C'est une seule étape d'annulation.</translation>
        </message>
        <message>
            <source>Adapt the network</source>
            <translation>Adapter le réseau</translation>
        </message>
        <message>
            <source>Keep the network</source>
            <translation>Garder le réseau</translation>
        </message>
        <message>
            <source>Use {name}</source>
            <translation>Utiliser {name}</translation>
        </message>
        <message>
            <source>Input feature {name}: {tip}. Toggling it adds or removes an input neuron (undoable).</source>
            <translation>Caractéristique d'entrée {name} : {tip}. L'activer ou la désactiver ajoute ou retire un neurone d'entrée (annulable).</translation>
        </message>
        <message>
            <source>The data: filled dots are training samples, ringed dots test samples.</source>
            <translation>Les données : points pleins = échantillons d'entraînement, points cerclés = échantillons de test.</translation>
        </message>
        <message>
            <source>no picture:
more than 2 inputs</source>
            <translation>pas d'image :
plus de 2 entrées</translation>
        </message>
        <message>
            <source>full speed</source>
            <extracomment>The speed control's positions: steps per second (None: full speed). The views redraw ~30 times a second, so 30 steps/s is one step per frame: each weight update can be watched.</extracomment>
            <translation>pleine vitesse</translation>
        </message>
        <message>
            <source>slow motion: 1 step per frame</source>
            <translation>ralenti : 1 pas par image</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) per frame ({rate} steps/s)</source>
            <translation>
                <numerusform>%n pas par image ({rate} pas/s)</numerusform>
                <numerusform>%n pas par image ({rate} pas/s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Start or pause training (Space)</source>
            <translation>Lancer ou mettre en pause l'entraînement (Espace)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Un pas</translation>
        </message>
        <message>
            <source>Train on one mini-batch: exactly one update of the weights</source>
            <translation>Entraîner sur un mini-lot : exactement une mise à jour des poids</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Époque</translation>
        </message>
        <message>
            <source>Train until the end of the current epoch (one pass over the training data)</source>
            <translation>Entraîner jusqu'à la fin de l'époque en cours (un passage sur les données d'entraînement)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>End the run: keep the weights; the next Play starts a fresh optimiser</source>
            <translation>Terminer l'essai : garder les poids ; la prochaine Lecture repart avec un optimiseur neuf</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Re-initialise the weights with the initialiser and seed, and clear the history (undoable)</source>
            <translation>Retirer les poids avec l'initialisation et la graine, et effacer l'historique (annulable)</translation>
        </message>
        <message>
            <source>Epochs (passes over the training data), steps (weight updates) and the training speed</source>
            <translation>Époques (passages sur les données d'entraînement), pas (mises à jour des poids) et vitesse d'entraînement</translation>
        </message>
        <message>
            <source>How fast training runs: from slow motion (one weight update per frame: watch the boundary move and the weights change colour) to full speed</source>
            <translation>La vitesse de l'entraînement : du ralenti (une mise à jour des poids par image : regardez la frontière bouger et les poids changer de couleur) à la pleine vitesse</translation>
        </message>
        <message>
            <source>lock seed</source>
            <translation>bloquer la graine</translation>
        </message>
        <message>
            <source>Reset draws fresh weights with the next seed; locked, it reuses this seed</source>
            <translation>Réinitialiser tire de nouveaux poids avec la graine suivante ; bloquée, elle réutilise cette graine</translation>
        </message>
        <message>
            <source>Back to the last good weights</source>
            <translation>Retour aux derniers bons poids</translation>
        </message>
        <message>
            <source>Put back the weights of the last evaluation before the loss blew up (one undo step)</source>
            <translation>Remettre les poids de la dernière évaluation avant que la perte n'explose (une étape d'annulation)</translation>
        </message>
        <message>
            <source>Adapt the network to the data</source>
            <translation>Adapter le réseau aux données</translation>
        </message>
        <message>
            <source>Resize the input/output layers (and set the output activation and loss) so that the network fits the data; one undo step</source>
            <translation>Redimensionner les couches d'entrée et de sortie (et choisir l'activation de sortie et la perte) pour que le réseau corresponde aux données ; une seule étape d'annulation</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Weights seed {seed}</source>
            <translation>Graine des poids {seed}</translation>
        </message>
        <message>
            <source>Cannot train yet: {problem}.</source>
            <translation>Entraînement impossible pour l'instant : {problem}.</translation>
        </message>
        <message>
            <source>   ·   {speed} steps/s</source>
            <translation>   ·   {speed} pas/s</translation>
        </message>
        <message>
            <source>Epoch {epoch}   ·   Step {step}</source>
            <translation>Époque {epoch}   ·   Pas {step}</translation>
        </message>
        <message>
            <source>changes apply at once, even while training</source>
            <translation>les changements s'appliquent aussitôt, même pendant l'entraînement</translation>
        </message>
        <message>
            <source>changing it while training restarts the optimiser's state</source>
            <translation>le changer pendant l'entraînement remet l'état de l'optimiseur à zéro</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>taux d'apprentissage</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>taille du lot</translation>
        </message>
        <message>
            <source>momentum</source>
            <translation>inertie</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>dropout</translation>
        </message>
        <message>
            <source>dropconnect</source>
            <translation>dropconnect</translation>
        </message>
        <message>
            <source>regularisation rate</source>
            <translation>coefficient de régularisation</translation>
        </message>
        <message>
            <source>optimiser</source>
            <translation>optimiseur</translation>
        </message>
        <message>
            <source>initialiser</source>
            <translation>initialisation</translation>
        </message>
        <message>
            <source>patience</source>
            <translation>patience</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>The loss the training minimises (a property of the network; undoable)</source>
            <translation>La perte que l'entraînement minimise (une propriété du réseau ; annulable)</translation>
        </message>
        <message>
            <source>How the gradient becomes a weight update</source>
            <translation>Comment le gradient devient une mise à jour des poids</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov</translation>
        </message>
        <message>
            <source>Learning rate {tip} (log scale; type an exact value in the field)</source>
            <translation>Taux d'apprentissage {tip} (échelle log. ; saisissez une valeur exacte dans le champ)</translation>
        </message>
        <message>
            <source>Samples per weight update (1 = stochastic, all = full batch)</source>
            <translation>Échantillons par mise à jour des poids (1 = stochastique, tous = lot complet)</translation>
        </message>
        <message>
            <source>Train until this epoch, then stop</source>
            <translation>Entraîner jusqu'à cette époque, puis s'arrêter</translation>
        </message>
        <message>
            <source>until stopped</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source>Ignore the epoch count: train until you press Pause or Stop</source>
            <translation>Ignorer le nombre d'époques : entraîner jusqu'à Pause ou Arrêter</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Regularisation: L2 adds λ·w to each weight's gradient (weight decay), the gradient of the penalty ½λΣw² — a tutorial writing λΣw² means λ here = 2 × its λ. L1 adds λ·sign(w) (penalty λΣ|w|; drives weights to exactly 0). Biases are not regularised</source>
            <translation>Régularisation : L2 ajoute λ·w au gradient de chaque poids (décroissance des poids), le gradient de la pénalité ½λΣw² — un tutoriel qui écrit λΣw² a donc un λ ici = 2 × son λ. L1 ajoute λ·sign(w) (pénalité λΣ|w| ; amène des poids à exactement 0). Les biais ne sont pas régularisés</translation>
        </message>
        <message>
            <source>Set the hidden layers' activation to {name}</source>
            <translation>Activation des couches cachées : {name}</translation>
        </message>
        <message>
            <source>Set regularisation to {kind}</source>
            <translation>Régularisation : {kind}</translation>
        </message>
        <message>
            <source>Regularisation rate λ</source>
            <translation>Coefficient de régularisation λ</translation>
        </message>
        <message>
            <source>Dropout: the share of hidden neurons switched off at random in each training step (inverted dropout; none at evaluation)</source>
            <translation>Dropout : la part des neurones cachés éteints au hasard à chaque pas d'entraînement (dropout inversé ; aucun à l'évaluation)</translation>
        </message>
        <message>
            <source>Dropconnect (Wan et al., 2013): the probability of dropping each weight in each training step; kept weights count ×1/(1 − p), like inverted dropout, and nothing is dropped at evaluation</source>
            <translation>Dropconnect (Wan et al., 2013) : la probabilité d'éteindre chaque poids à chaque pas d'entraînement ; les poids gardés comptent ×1/(1 − p), comme le dropout inversé, et rien n'est éteint à l'évaluation</translation>
        </message>
        <message>
            <source>Early stopping: stop when the test loss has not improved for this many epochs, and bring back the weights of the best test epoch (0 = off; needs a test set)</source>
            <translation>Arrêt précoce : s'arrêter quand la perte de test ne s'est pas améliorée depuis autant d'époques, et remettre les poids de la meilleure époque de test (0 = désactivé ; demande un jeu de test)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>How Reset draws the weights (hover an entry for its formula)</source>
            <translation>Comment Réinitialiser tire les poids (survolez une entrée pour sa formule)</translation>
        </message>
        <message>
            <source>The training seed: weight initialisation on Reset, the batch order and dropout</source>
            <translation>La graine d'entraînement : initialisation des poids par Réinitialiser, ordre des lots et dropout</translation>
        </message>
        <message>
            <source>The activation of every hidden layer (one undo step; each layer's own is in the Inspector when you click its title)</source>
            <translation>L'activation de toutes les couches cachées (une étape d'annulation ; celle de chaque couche est dans l'inspecteur quand vous cliquez sur son titre)</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>Optimiser</source>
            <translation>Optimiseur</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Inertie</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Taux d'apprentissage</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Taille du lot</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Époques</translation>
        </message>
        <message>
            <source>Early stopping</source>
            <translation>Arrêt précoce</translation>
        </message>
        <message>
            <source>Regularisation</source>
            <translation>Régularisation</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>coef.</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>Initialiser</source>
            <translation>Initialisation</translation>
        </message>
        <message>
            <source>Save plot as PNG…</source>
            <translation>Enregistrer le graphique en PNG…</translation>
        </message>
        <message>
            <source>Save plot data as CSV…</source>
            <translation>Enregistrer les données du graphique en CSV…</translation>
        </message>
        <message>
            <source>Could not save the plot</source>
            <translation>Impossible d'enregistrer le graphique</translation>
        </message>
        <message>
            <source>Could not save the data</source>
            <translation>Impossible d'enregistrer les données</translation>
        </message>
        <message>
            <source>Could not save the image</source>
            <translation>Impossible d'enregistrer l'image</translation>
        </message>
        <message>
            <source>Could not write {path}</source>
            <translation>Impossible d'écrire {path}</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>perte</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>époque</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>exactitude</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Échelle log.</translation>
        </message>
        <message>
            <source>Show the loss on a logarithmic axis: small losses stay visible.</source>
            <translation>Afficher la perte sur un axe logarithmique : les petites pertes restent visibles.</translation>
        </message>
        <message>
            <source>The latest values; move the mouse over the plot to read them at an epoch.</source>
            <translation>Les dernières valeurs ; passez la souris sur le graphique pour les lire à une époque.</translation>
        </message>
        <message>
            <source>Loss on the training set (blue) and the test set (orange) after each evaluation, and below the accuracy (or R²). The diamond marks the best test loss; the read-out gives the gap test − train loss, which grows when the network overfits. Thin lines: kept runs. Drag to pan, wheel to zoom; right-click to save as PNG or CSV.</source>
            <translation>Perte sur le jeu d'entraînement (bleu) et le jeu de test (orange) après chaque évaluation, et en dessous l'exactitude (ou le R²). Le losange marque la meilleure perte de test ; la lecture donne l'écart perte de test − perte d'entraînement, qui grandit quand le réseau surapprend. Traits fins : essais gardés. Glisser pour déplacer, molette pour zoomer ; clic droit pour enregistrer en PNG ou CSV.</translation>
        </message>
        <message>
            <source>train</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <source>best test</source>
            <translation>meilleur test</translation>
        </message>
        <message>
            <source>penalty</source>
            <translation>pénalité</translation>
        </message>
        <message>
            <source>data + penalty</source>
            <translation>données + pénalité</translation>
        </message>
        <message>
            <source>&amp;nbsp;&amp;nbsp; </source>
            <translation>&amp;nbsp;&amp;nbsp; </translation>
        </message>
        <message>
            <source>best test loss {loss} at epoch {epoch}</source>
            <translation>meilleure perte de test {loss} à l'époque {epoch}</translation>
        </message>
        <message>
            <source>epoch {n}</source>
            <translation>époque {n}</translation>
        </message>
        <message>
            <source>train loss {value}</source>
            <translation>perte d'entraînement {value}</translation>
        </message>
        <message>
            <source>test loss {value}</source>
            <translation>perte de test {value}</translation>
        </message>
        <message>
            <source>gap (test − train) {value}</source>
            <translation>écart (test − entraînement) {value}</translation>
        </message>
        <message>
            <source>penalty {value}</source>
            <translation>pénalité {value}</translation>
        </message>
        <message>
            <source>train R² {value}</source>
            <translation>R² d'entraînement {value}</translation>
        </message>
        <message>
            <source>test R² {value}</source>
            <translation>R² de test {value}</translation>
        </message>
        <message>
            <source>train accuracy {value}</source>
            <translation>exactitude d'entraînement {value}</translation>
        </message>
        <message>
            <source>test accuracy {value}</source>
            <translation>exactitude de test {value}</translation>
        </message>
        <message>
            <source>Left: the confusion matrix — row = true class, column = predicted class; the diagonal counts correct answers. Right: precision (of the samples predicted as the class, the share that are it), recall (of the samples of the class, the share found) and F1 (their harmonic mean).</source>
            <translation>À gauche : la matrice de confusion — ligne = classe réelle, colonne = classe prédite ; la diagonale compte les bonnes réponses. À droite : la précision (parmi les échantillons prédits dans la classe, la part qui en est vraiment), le rappel (parmi les échantillons de la classe, la part trouvée) et F1 (leur moyenne harmonique).</translation>
        </message>
        <message>
            <source>Training set</source>
            <translation>Jeu d'entraînement</translation>
        </message>
        <message>
            <source>Test set</source>
            <translation>Jeu de test</translation>
        </message>
        <message>
            <source>Metrics on the data the network learns from.</source>
            <translation>Métriques sur les données dont le réseau apprend.</translation>
        </message>
        <message>
            <source>Metrics on held-out data: how well the network generalises.</source>
            <translation>Métriques sur les données mises de côté : si le réseau généralise bien.</translation>
        </message>
        <message>
            <source>No metrics: load data that fits the network.</source>
            <translation>Pas de métriques : chargez des données qui correspondent au réseau.</translation>
        </message>
        <message>
            <source>Loss: training {train}</source>
            <translation>Perte : entraînement {train}</translation>
        </message>
        <message>
            <source>, test {test}</source>
            <translation>, test {test}</translation>
        </message>
        <message>
            <source>Loss {loss} (no metrics: the outputs are not finite)</source>
            <translation>Perte {loss} (pas de métriques : les sorties ne sont pas finies)</translation>
        </message>
        <message>
            <source>Accuracy {accuracy}   ·   loss {loss}</source>
            <translation>Exactitude {accuracy}   ·   perte {loss}</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>précision</translation>
        </message>
        <message>
            <source>recall</source>
            <translation>rappel</translation>
        </message>
        <message>
            <source>MSE: mean squared error; MAE: mean absolute error; R²: the share of the targets' variance the network explains (1 is perfect, 0 is no better than the mean).</source>
            <translation>MSE : erreur quadratique moyenne ; MAE : erreur absolue moyenne ; R² : la part de la variance des cibles que le réseau explique (1 est parfait, 0 ne fait pas mieux que la moyenne).</translation>
        </message>
        <message>
            <source>training</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <source>Neuron maps need data with two inputs (x1, x2).</source>
            <translation>Les cartes des neurones demandent des données à deux entrées (x1, x2).</translation>
        </message>
        <message>
            <source>Each small square is one neuron's output over the input plane (orange low, blue high). Hover a square to see it large.</source>
            <translation>Chaque petit carré est la sortie d'un neurone sur le plan des entrées (orange bas, bleu haut). Survolez un carré pour l'agrandir.</translation>
        </message>
        <message>
            <source>What the network outputs. Colour: the output over the input plane (orange = class 0 or low, blue = class 1 or high). Dots: training data; dots with a white ring: test data. Click a dot to show that sample's activations on the canvas.</source>
            <translation>Ce que le réseau produit. Couleur : la sortie sur le plan des entrées (orange = classe 0 ou bas, bleu = classe 1 ou haut). Points : données d'entraînement ; points cerclés de blanc : données de test. Cliquez sur un point pour afficher les activations de cet échantillon sur le canevas.</translation>
        </message>
        <message>
            <source>Show test data</source>
            <translation>Afficher les données de test</translation>
        </message>
        <message>
            <source>Draw the test points (held out from training) with a white ring.</source>
            <translation>Dessiner les points de test (mis de côté pendant l'entraînement) cerclés de blanc.</translation>
        </message>
        <message>
            <source>Discretise output</source>
            <translation>Sortie discrète</translation>
        </message>
        <message>
            <source>Colour each place by the class the network picks (or by bands of value), instead of a smooth shade of its confidence.</source>
            <translation>Colorer chaque endroit selon la classe choisie par le réseau (ou par bandes de valeurs), au lieu d'un dégradé de sa confiance.</translation>
        </message>
        <message>
            <source>The canvas shows the activations of training sample {n}.</source>
            <translation>Le canevas montre les activations de l'échantillon d'entraînement {n}.</translation>
        </message>
        <message>
            <source>The canvas shows the activations of test sample {n}.</source>
            <translation>Le canevas montre les activations de l'échantillon de test {n}.</translation>
        </message>
        <message>
            <source>The output plane needs two inputs; this data has {inputs}. The Metrics tab shows how well each class is recognised.</source>
            <translation>Le plan de sortie a besoin de deux entrées ; ces données en ont {inputs}. L'onglet Métriques montre si chaque classe est bien reconnue.</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>réel</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>prédit</translation>
        </message>
        <message>
            <source>Predicted against actual {target} for the test rows (training rows without a test set); on the dashed line the prediction is exact.</source>
            <translation>{target} prédit en fonction du réel pour les lignes de test (d'entraînement sans jeu de test) ; sur la ligne pointillée, la prédiction est exacte.</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>The network's output over the input plane with the data points</source>
            <translation>La sortie du réseau sur le plan des entrées, avec les points des données</translation>
        </message>
        <message>
            <source>Neurons</source>
            <translation>Neurones</translation>
        </message>
        <message>
            <source>What each neuron computes over the input plane</source>
            <translation>Ce que chaque neurone calcule sur le plan des entrées</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Métriques</translation>
        </message>
        <message>
            <source>Confusion matrix and per-class scores, or regression errors</source>
            <translation>Matrice de confusion et scores par classe, ou erreurs de régression</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Histogram of each layer's weights</source>
            <translation>Histogramme des poids de chaque couche</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Essais</translation>
        </message>
        <message>
            <source>Kept runs to compare with the current one</source>
            <translation>Essais gardés pour les comparer à l'essai actuel</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the plots as PNG images or their data as CSV (also on right-click in a plot)</source>
            <translation>Enregistrer les graphiques en images PNG ou leurs données en CSV (aussi par clic droit dans un graphique)</translation>
        </message>
        <message>
            <source>Loss plot as PNG…</source>
            <translation>Graphique de perte en PNG…</translation>
        </message>
        <message>
            <source>Training history as CSV…</source>
            <translation>Historique d'entraînement en CSV…</translation>
        </message>
        <message>
            <source>Current view as PNG…</source>
            <translation>Vue actuelle en PNG…</translation>
        </message>
        <message>
            <source>Current view's data as CSV…</source>
            <translation>Données de la vue actuelle en CSV…</translation>
        </message>
        <message>
            <source>{view} view as PNG…</source>
            <translation>Vue {view} en PNG…</translation>
        </message>
        <message>
            <source>run</source>
            <translation>essai</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>époques</translation>
        </message>
        <message>
            <source>train loss</source>
            <translation>perte entr.</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>perte test</translation>
        </message>
        <message>
            <source>train acc. / R²</source>
            <translation>exact. entr. / R²</translation>
        </message>
        <message>
            <source>test acc. / R²</source>
            <translation>exact. test / R²</translation>
        </message>
        <message>
            <source>Keep this run</source>
            <translation>Garder cet essai</translation>
        </message>
        <message>
            <source>Freeze the current curves with a label of their settings, to compare them with the next runs (drawn thin on the loss plot).</source>
            <translation>Figer les courbes actuelles avec une étiquette de leurs réglages, pour les comparer aux essais suivants (tracées en fin sur le graphique de perte).</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Forget the selected kept runs.</source>
            <translation>Oublier les essais gardés sélectionnés.</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Tout effacer</translation>
        </message>
        <message>
            <source>Forget every kept run.</source>
            <translation>Oublier tous les essais gardés.</translation>
        </message>
        <message>
            <source>Final numbers of the kept runs: the last evaluation of each.</source>
            <translation>Les nombres finaux des essais gardés : la dernière évaluation de chacun.</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <source>count</source>
            <translation>effectif</translation>
        </message>
        <message>
            <source>How the weights of each layer are spread. Large weights make steep boundaries; L2 regularisation pulls them towards 0, L1 makes many exactly 0.</source>
            <translation>Comment les poids de chaque couche se répartissent. De grands poids font des frontières abruptes ; la régularisation L2 les ramène vers 0, L1 en met beaucoup exactement à 0.</translation>
        </message>
        <message>
            <source>Early stopping at epoch {stopped}: no better test loss for {patience} epochs; the weights of epoch {best} (best test loss {loss}) are back.</source>
            <translation>Arrêt précoce à l'époque {stopped} : pas de meilleure perte de test depuis {patience} époques ; les poids de l'époque {best} (meilleure perte de test {loss}) sont remis.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>Show or hide the {title} section</source>
            <translation>Afficher ou masquer la section {title}</translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>variables must be ('x',) or ('x', 'y'), got {variables}</source>
            <translation>les variables doivent être ('x',) ou ('x', 'y'), reçu {variables}</translation>
        </message>
        <message>
            <source>f = {expression} uses y, so it needs a point (x, y)</source>
            <translation>f = {expression} utilise y, il lui faut donc un point (x, y)</translation>
        </message>
        <message>
            <source>domain needs {variables} ranges, got {domain}</source>
            <translation>le domaine demande {variables} intervalles, reçu {domain}</translation>
        </message>
        <message>
            <source>a function here has 1 or 2 variables, not {dims}</source>
            <translation>une fonction ici a 1 ou 2 variables, pas {dims}</translation>
        </message>
        <message>
            <source>{what} needs {dims} coordinate{value}, got {point}</source>
            <translation>{what} demande {dims} coordonnée{value}, reçu {point}</translation>
        </message>
        <message>
            <source>preset '{name}' has no parameter {unknown!r} (its parameters: {known})</source>
            <translation>l'exemple '{name}' n'a pas de paramètre {unknown!r} (ses paramètres : {known})</translation>
        </message>
        <message>
            <source>{key} must be a positive number, got {value:g}</source>
            <translation>{key} doit être un nombre positif, reçu {value:g}</translation>
        </message>
        <message>
            <source>One minimum at x = 0.5; stable for η &lt; 1, diverges for η &gt; 1.</source>
            <translation>Un seul minimum en x = 0.5 ; stable pour η &lt; 1, diverge pour η &gt; 1.</translation>
        </message>
        <message>
            <source>x⁴ − 3x² + x (two minima)</source>
            <translation>x⁴ − 3x² + x (deux minima)</translation>
        </message>
        <message>
            <source>A global minimum near −1.30 and a local one near 1.13: the start decides.</source>
            <translation>Un minimum global vers −1.30 et un minimum local vers 1.13 : le point de départ décide.</translation>
        </message>
        <message>
            <source>Quadratic bowl ½(x² + κy²)</source>
            <translation>Bol quadratique ½(x² + κy²)</translation>
        </message>
        <message>
            <source>Condition number κ: plain gradient descent zig-zags and needs η &lt; 2/κ.</source>
            <translation>Conditionnement κ : la descente de gradient simple zigzague et exige η &lt; 2/κ.</translation>
        </message>
        <message>
            <source>A curved narrow valley; the minimum at (1, 1) is slow to reach.</source>
            <translation>Une vallée étroite et courbe ; le minimum en (1, 1) est long à atteindre.</translation>
        </message>
        <message>
            <source>Four minima with the same value 0.</source>
            <translation>Quatre minima de même valeur 0.</translation>
        </message>
        <message>
            <source>Saddle x² − y²</source>
            <translation>Point col x² − y²</translation>
        </message>
        <message>
            <source>No minimum: x settles at 0 while y slowly escapes from the saddle point.</source>
            <translation>Aucun minimum : x se stabilise en 0 tandis que y s'échappe lentement du point col.</translation>
        </message>
        <message>
            <source>parameter {leftover!r} only applies to a preset</source>
            <translation>le paramètre {leftover!r} ne s'applique qu'à un exemple</translation>
        </message>
        <message>
            <source>unknown optimizer {name!r} (choose from {OPTIMIZERS})</source>
            <translation>optimiseur inconnu {name!r} (choisissez parmi {OPTIMIZERS})</translation>
        </message>
        <message>
            <source>optimizer {name!r} has no parameter {unknown!r} (its parameters: {known})</source>
            <translation>l'optimiseur {name!r} n'a pas de paramètre {unknown!r} (ses paramètres : {known})</translation>
        </message>
        <message>
            <source>Nesterov momentum requires a momentum &gt; 0 and zero dampening</source>
            <translation>l'inertie de Nesterov demande une inertie &gt; 0 et un amortissement nul</translation>
        </message>
        <message>
            <source>learning rate must be a number ≥ 0, got {lr:g}</source>
            <translation>le taux d'apprentissage doit être un nombre ≥ 0, reçu {lr:g}</translation>
        </message>
        <message>
            <source>steps must be a whole number ≥ 0, got {steps!r}</source>
            <translation>le nombre de pas doit être un entier ≥ 0, reçu {steps!r}</translation>
        </message>
        <message>
            <source>the start point must be finite and within ±{bound:g}</source>
            <translation>le point de départ doit être fini et dans ±{bound:g}</translation>
        </message>
        <message>
            <source>f or its gradient is not defined at the start point {show} (f = {value:g}, gradient = {show2})</source>
            <translation>f ou son gradient n'est pas défini au point de départ {show} (f = {value:g}, gradient = {show2})</translation>
        </message>
        <message>
            <source>the point became {point}</source>
            <translation>le point est devenu {point}</translation>
        </message>
        <message>
            <source>the point {point} left the box ±{bound}</source>
            <translation>le point {point} est sorti de la boîte ±{bound}</translation>
        </message>
        <message>
            <source>f became {value} at {point}</source>
            <translation>f est devenu {value} en {point}</translation>
        </message>
        <message>
            <source>the gradient became {grad} at {point}</source>
            <translation>le gradient est devenu {grad} en {point}</translation>
        </message>
        <message>
            <source>step {step}: {reason}</source>
            <translation>pas {step} : {reason}</translation>
        </message>
        <message>
            <source>one tenth of the largest learning rate, past the smoothed minimum, before the smoothed loss climbs 10 % above that minimum</source>
            <translation>un dixième du plus grand taux d'apprentissage, après le minimum lissé, avant que la perte lissée ne dépasse ce minimum de 10 %</translation>
        </message>
        <message>
            <source>need 0 &lt; start &lt; end, got start={start}, end={end}</source>
            <translation>il faut 0 &lt; début &lt; fin, reçu début={start}, fin={end}</translation>
        </message>
        <message>
            <source>need at least 2 steps, got {steps}</source>
            <translation>il faut au moins 2 pas, reçu {steps}</translation>
        </message>
        <message>
            <source>all zeros (every neuron learns the same thing: shows why we randomise)</source>
            <translation>que des zéros (chaque neurone apprend la même chose : montre pourquoi on tire au hasard)</translation>
        </message>
        <message>
            <source>uniform in [0, 1)</source>
            <translation>uniforme dans [0 ; 1[</translation>
        </message>
        <message>
            <source>normal × 0.01</source>
            <translation>normale × 0.01</translation>
        </message>
        <message>
            <source>uniform in [−0.5, 0.5)</source>
            <translation>uniforme dans [−0.5 ; 0.5[</translation>
        </message>
        <message>
            <source>Xavier/Glorot uniform, ±√(6/(fan_in+fan_out))</source>
            <translation>Xavier/Glorot uniforme, ±√(6/(fan_in+fan_out))</translation>
        </message>
        <message>
            <source>Xavier/Glorot normal, σ = √(2/(fan_in+fan_out))</source>
            <translation>Xavier/Glorot normale, σ = √(2/(fan_in+fan_out))</translation>
        </message>
        <message>
            <source>He/Kaiming normal, σ = √(2/fan_in) (for ReLU)</source>
            <translation>He/Kaiming normale, σ = √(2/fan_in) (pour ReLU)</translation>
        </message>
        <message>
            <source>Identity: passes z through (linear output, regression)</source>
            <translation>Identité : transmet z tel quel (sortie linéaire, régression)</translation>
        </message>
        <message>
            <source>Sigmoid: squashes z into (0, 1)</source>
            <translation>Sigmoïde : comprime z dans ]0 ; 1[</translation>
        </message>
        <message>
            <source>Tanh: squashes z into (−1, 1), centred on 0</source>
            <translation>Tanh : comprime z dans ]−1 ; 1[, centrée sur 0</translation>
        </message>
        <message>
            <source>ReLU: z for z &gt; 0, else 0</source>
            <translation>ReLU : z si z &gt; 0, sinon 0</translation>
        </message>
        <message>
            <source>relu'(z) = 1 if z &gt; 0, else 0</source>
            <translation>relu'(z) = 1 si z &gt; 0, sinon 0</translation>
        </message>
        <message>
            <source>Leaky ReLU: z for z &gt; 0, else a small slope × z</source>
            <translation>Leaky ReLU : z si z &gt; 0, sinon une petite pente × z</translation>
        </message>
        <message>
            <source>the slope for negative z (fixed by the file format)</source>
            <translation>la pente pour z négatif (fixée par le format de fichier)</translation>
        </message>
        <message>
            <source>a = z if z &gt; 0, else 0.01·z</source>
            <translation>a = z si z &gt; 0, sinon 0.01·z</translation>
        </message>
        <message>
            <source>f'(z) = 1 if z &gt; 0, else 0.01</source>
            <translation>f'(z) = 1 si z &gt; 0, sinon 0.01</translation>
        </message>
        <message>
            <source>Softmax: turns the output layer into probabilities that sum to 1</source>
            <translation>Softmax : transforme la couche de sortie en probabilités de somme 1</translation>
        </message>
        <message>
            <source>Mean squared error (regression)</source>
            <translation>Erreur quadratique moyenne (régression)</translation>
        </message>
        <message>
            <source>mean over the N samples and the K outputs</source>
            <translation>moyenne sur les N échantillons et les K sorties</translation>
        </message>
        <message>
            <source>½ sum of squared errors (textbook form)</source>
            <translation>½ somme des carrés des erreurs (forme des manuels)</translation>
        </message>
        <message>
            <source>½ × sum over the K outputs, then mean over the N samples</source>
            <translation>½ × somme sur les K sorties, puis moyenne sur les N échantillons</translation>
        </message>
        <message>
            <source>Binary cross-entropy (one sigmoid output)</source>
            <translation>Entropie croisée binaire (une sortie sigmoïde)</translation>
        </message>
        <message>
            <source>Cross-entropy (softmax outputs)</source>
            <translation>Entropie croisée (sorties softmax)</translation>
        </message>
        <message>
            <source>sum over the K classes, then mean over the N samples</source>
            <translation>somme sur les K classes, puis moyenne sur les N échantillons</translation>
        </message>
        <message>
            <source>Sum of squared errors (the tutorials' form)</source>
            <translation>Somme des carrés des erreurs (la forme des tutoriels)</translation>
        </message>
        <message>
            <source>sum over the N samples and the K outputs (no mean)</source>
            <translation>somme sur les N échantillons et les K sorties (sans moyenne)</translation>
        </message>
        <message>
            <source>the size of each step</source>
            <translation>la taille de chaque pas</translation>
        </message>
        <message>
            <source>how much of the previous step is kept (0 = none)</source>
            <translation>la part du pas précédent conservée (0 = aucune)</translation>
        </message>
        <message>
            <source>avoids division by zero</source>
            <translation>évite la division par zéro</translation>
        </message>
        <message>
            <source>SGD: w ← w − η·g (with optional momentum and Nesterov)</source>
            <translation>SGD : w ← w − η·g (avec inertie et Nesterov en option)</translation>
        </message>
        <message>
            <source>damps the new gradient</source>
            <translation>amortit le nouveau gradient</translation>
        </message>
        <message>
            <source>looks ahead before the step</source>
            <translation>regarde en avant avant le pas</translation>
        </message>
        <message>
            <source>RMSprop: divides each step by a running RMS of the gradient</source>
            <translation>RMSprop : divise chaque pas par une moyenne quadratique glissante du gradient</translation>
        </message>
        <message>
            <source>smoothing of the squared gradient</source>
            <translation>lissage du gradient au carré</translation>
        </message>
        <message>
            <source>divide by the variance instead of the raw mean square</source>
            <translation>diviser par la variance au lieu de la moyenne des carrés</translation>
        </message>
        <message>
            <source>Adam: momentum plus per-weight step sizes (β1, β2)</source>
            <translation>Adam : inertie plus un pas propre à chaque poids (β1, β2)</translation>
        </message>
        <message>
            <source>decay of the gradient's running mean</source>
            <translation>décroissance de la moyenne glissante du gradient</translation>
        </message>
        <message>
            <source>decay of the squared gradient's running mean</source>
            <translation>décroissance de la moyenne glissante du gradient au carré</translation>
        </message>
        <message>
            <source>XOR: class 1 where x1 and x2 have the same sign (2 classes)</source>
            <translation>XOR : classe 1 là où x1 et x2 ont le même signe (2 classes)</translation>
        </message>
        <message>
            <source>Circle: class 1 inside radius 0.5, class 0 in a ring 0.7-1.0 around it (2 classes)</source>
            <translation>Cercle : classe 1 dans le rayon 0.5, classe 0 dans un anneau de 0.7 à 1.0 autour (2 classes)</translation>
        </message>
        <message>
            <source>Two gaussian clouds centred at (-0.5, -0.5) and (0.5, 0.5) (2 classes)</source>
            <translation>Deux nuages gaussiens centrés en (−0.5 ; −0.5) et (0.5 ; 0.5) (2 classes)</translation>
        </message>
        <message>
            <source>Two interleaved spirals, 1.25 turns each (2 classes; needs a deeper network)</source>
            <translation>Deux spirales entrelacées de 1.25 tour chacune (2 classes ; demande un réseau plus profond)</translation>
        </message>
        <message>
            <source>Two interleaving half circles (2 classes)</source>
            <translation>Deux demi-cercles imbriqués (2 classes)</translation>
        </message>
        <message>
            <source>Linearly separable: class 1 below the line x2 = x1/2, with a margin (2 classes)</source>
            <translation>Linéairement séparable : classe 1 sous la droite x2 = x1/2, avec une marge (2 classes)</translation>
        </message>
        <message>
            <source>k gaussian blobs on a circle, k = classes from 3 to 5 (softmax output)</source>
            <translation>k amas gaussiens sur un cercle, k = classes de 3 à 5 (sortie softmax)</translation>
        </message>
        <message>
            <source>Regression on a plane: y = 0.6·x1 - 0.4·x2 + noise (2 inputs, 1 output)</source>
            <translation>Régression sur un plan : y = 0.6·x1 − 0.4·x2 + bruit (2 entrées, 1 sortie)</translation>
        </message>
        <message>
            <source>Regression of a sine wave: y = sin x + noise for x in [-π, π] (1 input, 1 output)</source>
            <translation>Régression d'une sinusoïde : y = sin x + bruit pour x dans [−π ; π] (1 entrée, 1 sortie)</translation>
        </message>
        <message>
            <source>empty expression</source>
            <translation>expression vide</translation>
        </message>
        <message>
            <source>unbalanced ')' at position {value}</source>
            <translation>')' sans '(' à la position {value}</translation>
        </message>
        <message>
            <source>unexpected {describe}{hint}</source>
            <translation>{describe} inattendu{hint}</translation>
        </message>
        <message>
            <source>expression nested too deeply (more than {MAX_DEPTH} levels) at position {value}</source>
            <translation>expression trop imbriquée (plus de {MAX_DEPTH} niveaux) à la position {value}</translation>
        </message>
        <message>
            <source>number too large {describe}</source>
            <translation>nombre trop grand {describe}</translation>
        </message>
        <message>
            <source>unexpected end of expression (expected a number, a variable, a function or '(')</source>
            <translation>fin d'expression inattendue (attendu un nombre, une variable, une fonction ou '(')</translation>
        </message>
        <message>
            <source>unexpected {describe} (expected a number, a variable, a function or '(')</source>
            <translation>{describe} inattendu (attendu un nombre, une variable, une fonction ou '(')</translation>
        </message>
        <message>
            <source>function '{word}' at position {value} needs its argument in parentheses, e.g. {word2}(x)</source>
            <translation>la fonction '{word}' à la position {value} demande son argument entre parenthèses, p. ex. {word2}(x)</translation>
        </message>
        <message>
            <source>unknown name '{word}' at position {value} (allowed: {allowed} and the functions {FUNCTIONS})</source>
            <translation>nom inconnu '{word}' à la position {value} (permis : {allowed} et les fonctions {FUNCTIONS})</translation>
        </message>
        <message>
            <source>missing ')' for the '(' at position {value}</source>
            <translation>')' manquante pour la '(' de la position {value}</translation>
        </message>
        <message>
            <source>expected ')' but found {describe}</source>
            <translation>attendu ')' mais trouvé {describe}</translation>
        </message>
        <message>
            <source>expected a formula as text, got {name__}</source>
            <translation>attendu une formule sous forme de texte, reçu {name__}</translation>
        </message>
        <message>
            <source>expression too long ({text} characters; at most {MAX_LENGTH})</source>
            <translation>expression trop longue ({text} caractères ; au plus {MAX_LENGTH})</translation>
        </message>
        <message>
            <source>expression too deeply nested (more than {MAX_DEPTH} levels)</source>
            <translation>expression trop imbriquée (plus de {MAX_DEPTH} niveaux)</translation>
        </message>
        <message>
            <source>no derivative known for '{func}'</source>
            <translation>aucune dérivée connue pour '{func}'</translation>
        </message>
        <message>
            <source>layer must be in 1 … {n_layers}, got {layer}</source>
            <translation>la couche doit être entre 1 et {n_layers}, reçu {layer}</translation>
        </message>
        <message>
            <source>layer {layer}: neuron j must be in 0 … {value}, got {j}</source>
            <translation>couche {layer} : le neurone j doit être entre 0 et {value}, reçu {j}</translation>
        </message>
        <message>
            <source>layer {layer}: input i must be in 0 … {value}, got {i}</source>
            <translation>couche {layer} : l'entrée i doit être entre 0 et {value}, reçu {i}</translation>
        </message>
        <message>
            <source>{param_label} is a masked (removed) connection</source>
            <translation>{param_label} est une connexion masquée (supprimée)</translation>
        </message>
        <message>
            <source>choose two different parameters</source>
            <translation>choisissez deux paramètres différents</translation>
        </message>
        <message>
            <source>a trajectory needs at least 2 snapshots of at least 2 parameters, got {shape}</source>
            <translation>une trajectoire demande au moins 2 instantanés d'au moins 2 paramètres, reçu {shape}</translation>
        </message>
        <message>
            <source>the trajectory does not move: all snapshots are equal</source>
            <translation>la trajectoire ne bouge pas : tous les instantanés sont égaux</translation>
        </message>
        <message>
            <source>snapshots have {shape} values, the network has {size} parameters</source>
            <translation>les instantanés ont {shape} valeurs, le réseau a {size} paramètres</translation>
        </message>
        <message>
            <source>unknown plane kind {kind!r} (known: weights, random, pca, custom)</source>
            <translation>type de plan inconnu {kind!r} (connus : weights, random, pca, custom)</translation>
        </message>
        <message>
            <source>{name} has {size} values, the network has {size2} parameters</source>
            <translation>{name} a {size} valeurs, le réseau a {size2} paramètres</translation>
        </message>
        <message>
            <source>need k ≥ 1 and 0 &lt; low ≤ high, got k={k}, low={low}, high={high}</source>
            <translation>il faut k ≥ 1 et 0 &lt; bas ≤ haut, reçu k={k}, bas={low}, haut={high}</translation>
        </message>
        <message>
            <source>give at least one learning rate</source>
            <translation>donnez au moins un taux d'apprentissage</translation>
        </message>
        <message>
            <source>learning rates must be finite numbers ≥ 0, got {v}</source>
            <translation>les taux d'apprentissage doivent être des nombres finis ≥ 0, reçu {v}</translation>
        </message>
    </context>
    <context>
        <name>examples</name>
        <message>
            <source>Three blobs: softmax classification</source>
            <translation>Trois amas : classification softmax</translation>
        </message>
        <message>
            <source>Three classes need three outputs. A softmax layer turns the three scores into probabilities that add up to 1, and cross-entropy rewards a high probability for the right class. With no hidden layer the boundaries between classes are straight lines meeting in the middle. It reaches at least 95 % test accuracy in 50 epochs of SGD.</source>
            <translation>Trois classes demandent trois sorties. Une couche softmax transforme les trois scores en probabilités de somme 1, et l'entropie croisée récompense une forte probabilité pour la bonne classe. Sans couche cachée, les frontières entre les classes sont des droites qui se rejoignent au milieu. Il atteint au moins 95 % d'exactitude de test en 50 époques de SGD.</translation>
        </message>
        <message>
            <source>blob 1</source>
            <translation>amas 1</translation>
        </message>
        <message>
            <source>blob 2</source>
            <translation>amas 2</translation>
        </message>
        <message>
            <source>blob 3</source>
            <translation>amas 3</translation>
        </message>
        <message>
            <source>Circle: a ring around a disc</source>
            <translation>Cercle : un anneau autour d'un disque</translation>
        </message>
        <message>
            <source>The inner disc is class 1 and the ring around it class 0, so the boundary must be closed. Each of the four tanh hidden neurons draws one straight edge and the output neuron combines them into a rounded polygon around the disc. It reaches at least 95 % test accuracy in 200 epochs of SGD. With only two hidden neurons it cannot close the shape — try it.</source>
            <translation>Le disque intérieur est la classe 1 et l'anneau qui l'entoure la classe 0 : la frontière doit donc être fermée. Chacun des quatre neurones cachés tanh trace un bord droit, et le neurone de sortie les combine en un polygone arrondi autour du disque. Il atteint au moins 95 % d'exactitude de test en 200 époques de SGD. Avec seulement deux neurones cachés, il ne peut pas fermer la forme — essayez.</translation>
        </message>
        <message>
            <source>inside</source>
            <translation>intérieur</translation>
        </message>
        <message>
            <source>freeCodeCamp's network from scratch, its bugs fixed</source>
            <translation>Le réseau de freeCodeCamp, bogues corrigés</translation>
        </message>
        <message>
            <source>The network of Aditya Dehal's freeCodeCamp tutorial "How to build a Neural Network from scratch" (2019): sigmoid neurons in every layer, with biases, the mean binary cross-entropy as its cost_function and plain gradient descent on the whole batch; the 3-4-1 size of its diagram. Its starting weights are its own init_params(layer_dims): np.random.seed(3), W = randn × 0.01, b = 0. Its code does not run as printed; four bugs, fixed here: (1) cost_function calls log(1 − A) without np.; (2) one_layer_backward uses sigmoid(Z)·(1 − sigmoid(Z)), but sigmoid returns a pair (A, cache), so it must take sigmoid(Z)[0]; (3) backprop stores the output layer's gradients as dW(L−1) and db(L−1), one layer too low, where the layer below then overwrites them: the output layer's gradients are lost and update_parameters finds no dW(L) — they are dW(L) and db(L); (4) update_parameters reads grads['W…'] and grads['b…'] where backprop wrote grads['dW…'] and grads['db…']. What differs: the tutorial gives no data, learning rate or number of epochs; this file trains on the four rows of from_scratch_341.csv (x1 XOR x2, x3 always 1) with η = 5 for 1000 epochs. Its tiny starting weights make the four hidden neurons almost alike: the loss sits on a plateau at ln 2 ≈ 0.693 for about 200 epochs before it drops (with η = 4 or less it stays there for more than 10,000 epochs — try it). From the same starting weights, the tutorial's corrected code and this network agree to 1e-9 after 1000 epochs. After 1000 epochs it classifies all 4 rows, 100 % accuracy, with a loss of at most 0.005.</source>
            <translation>Le réseau du tutoriel freeCodeCamp d'Aditya Dehal « How to build a Neural Network from scratch » (2019) : des neurones sigmoïdes dans chaque couche, avec biais, l'entropie croisée binaire moyenne comme cost_function et une descente de gradient simple sur le lot entier ; la taille 3-4-1 de son schéma. Ses poids de départ sont ceux de son init_params(layer_dims) : np.random.seed(3), W = randn × 0,01, b = 0. Son code ne s'exécute pas tel quel ; quatre bogues, corrigés ici : (1) cost_function appelle log(1 − A) sans np. ; (2) one_layer_backward utilise sigmoid(Z)·(1 − sigmoid(Z)), mais sigmoid renvoie une paire (A, cache), il faut donc prendre sigmoid(Z)[0] ; (3) backprop range les gradients de la couche de sortie sous dW(L−1) et db(L−1), une couche trop bas, où la couche du dessous les écrase ensuite : les gradients de la couche de sortie sont perdus et update_parameters ne trouve pas de dW(L) — ce sont dW(L) et db(L) ; (4) update_parameters lit grads['W…'] et grads['b…'] alors que backprop a écrit grads['dW…'] et grads['db…']. Ce qui diffère : le tutoriel ne donne ni données, ni taux d'apprentissage, ni nombre d'époques ; ce fichier s'entraîne sur les quatre lignes de from_scratch_341.csv (x1 XOR x2, x3 toujours à 1) avec η = 5 pendant 1000 époques. Ses poids de départ minuscules rendent les quatre neurones cachés presque identiques : la perte reste sur un plateau à ln 2 ≈ 0,693 pendant environ 200 époques avant de chuter (avec η = 4 ou moins elle y reste plus de 10 000 époques — essayez). À partir des mêmes poids de départ, le code corrigé du tutoriel et ce réseau concordent à 1e-9 près après 1000 époques. Après 1000 époques il classe correctement les 4 lignes, 100 % d'exactitude, avec une perte d'au plus 0,005.</translation>
        </message>
        <message>
            <source>A 3-4-1 network, from scratch</source>
            <translation>Un réseau 3-4-1, à partir de zéro</translation>
        </message>
        <message>
            <source>The network of James Loy's tutorial "How to build your own Neural Network from scratch in Python" (2018), exactly: three inputs, four sigmoid hidden neurons, one sigmoid output and no biases at all (both layers have use_bias off, as the tutorial leaves them out). Its loss is the sum of squared errors over the four rows, sse = Σ (y − ŷ)², and its update w += d_w, with d_w = 2(y − ŷ)·ŷ(1 − ŷ) carried back by the chain rule, is plain gradient descent on sse with a learning rate of 1 on the full batch of its 4 rows: one epoch here is one pass of its loop. The target is x1 XOR x2; the third input is always 1, which acts as a bias for the hidden neurons only. What differs: the starting weights, drawn uniformly in [0, 1) like the tutorial's np.random.rand but with this file's seed (Reset draws Xavier weights instead). From the same starting weights, its NumPy loop and this network agree to 1e-9 after its 1500 iterations. The data live in from_scratch_341.csv next to this file. After 1500 epochs it classifies all 4 rows, 100 % accuracy, with a loss of at most 0.005.</source>
            <translation>Le réseau du tutoriel de James Loy « How to build your own Neural Network from scratch in Python » (2018), à l'identique : trois entrées, quatre neurones cachés sigmoïdes, une sortie sigmoïde et aucun biais (les deux couches ont use_bias désactivé, puisque le tutoriel n'en met pas). Sa perte est la somme des carrés des erreurs sur les quatre lignes, sse = Σ (y − ŷ)², et sa mise à jour w += d_w, avec d_w = 2(y − ŷ)·ŷ(1 − ŷ) renvoyé en arrière par la règle de dérivation en chaîne, est une simple descente de gradient sur sse avec un taux d'apprentissage de 1 sur le lot complet de ses 4 lignes : une époque ici est un passage de sa boucle. La cible est x1 XOR x2 ; la troisième entrée vaut toujours 1, ce qui sert de biais aux seuls neurones cachés. Ce qui diffère : les poids de départ, tirés uniformément dans [0 ; 1[ comme le np.random.rand du tutoriel mais avec la graine de ce fichier (Réinitialiser tire plutôt des poids de Xavier). À partir des mêmes poids de départ, sa boucle NumPy et ce réseau concordent à 1e-9 près après ses 1500 itérations. Les données sont dans from_scratch_341.csv, à côté de ce fichier. Après 1500 époques, il classe correctement les 4 lignes, 100 % d'exactitude, avec une perte d'au plus 0,005.</translation>
        </message>
        <message>
            <source>Linear regression with one neuron</source>
            <translation>Régression linéaire avec un seul neurone</translation>
        </message>
        <message>
            <source>One neuron with no activation computes y = w1·x1 + w2·x2 + b: that is linear regression. The data lie on the plane y = 0.6·x1 − 0.4·x2 plus a little noise, and gradient descent on the half sum of squared errors walks the two weights to the plane's slopes. After 30 epochs of SGD the weights sit within 0.05 of 0.6 and -0.4, the bias near 0, and the test R² is at least 0.95. Watch the weights in the inspector as it trains.</source>
            <translation>Un neurone sans activation calcule y = w1·x1 + w2·x2 + b : c'est la régression linéaire. Les données sont sur le plan y = 0,6·x1 − 0,4·x2, plus un peu de bruit, et la descente de gradient sur la demi-somme des carrés des erreurs amène les deux poids aux pentes du plan. Après 30 époques de SGD, les poids sont à 0,05 près de 0,6 et −0,4, le biais proche de 0, et le R² de test vaut au moins 0,95. Regardez les poids dans l'inspecteur pendant l'entraînement.</translation>
        </message>
        <message>
            <source>Logistic regression: one sigmoid neuron</source>
            <translation>Régression logistique : un neurone sigmoïde</translation>
        </message>
        <message>
            <source>A single sigmoid neuron on two inputs is logistic regression: it outputs the probability of class 1 and separates the classes with one straight line, w1·x1 + w2·x2 + b = 0. The linear data set is split by the line x2 = x1/2, so one neuron is all it takes; trained with binary cross-entropy and SGD it reaches at least 95 % test accuracy in 50 epochs. Look at how the boundary line turns into place.</source>
            <translation>Un seul neurone sigmoïde à deux entrées, c'est la régression logistique : il donne la probabilité de la classe 1 et sépare les classes par une droite, w1·x1 + w2·x2 + b = 0. Le jeu de données linéaire est coupé par la droite x2 = x1/2 : un neurone suffit ; entraîné avec l'entropie croisée binaire et SGD, il atteint au moins 95 % d'exactitude de test en 50 époques. Regardez la frontière pivoter jusqu'à sa place.</translation>
        </message>
        <message>
            <source>class 1</source>
            <translation>classe 1</translation>
        </message>
        <message>
            <source>A small MLP: ReLU, ReLU, sigmoid</source>
            <translation>Un petit perceptron multicouche : ReLU, ReLU, sigmoïde</translation>
        </message>
        <message>
            <source>A multi-layer perceptron 2 → 5 → 3 → 1 with ReLU hidden layers and a sigmoid output, trained with binary cross-entropy and plain SGD on the two moons. ReLU neurons are either off or linear, so the boundary is made of straight pieces; with its seed it reaches at least 95 % test accuracy in 300 epochs. Watch for dead ReLUs — neurons whose input stays negative stop learning.</source>
            <translation>Un perceptron multicouche 2 → 5 → 3 → 1 avec des couches cachées ReLU et une sortie sigmoïde, entraîné avec l'entropie croisée binaire et SGD simple sur les deux lunes. Un neurone ReLU est soit éteint, soit linéaire : la frontière est faite de morceaux droits ; avec sa graine, il atteint au moins 95 % d'exactitude de test en 300 époques. Guettez les ReLU mortes — des neurones dont l'entrée reste négative cessent d'apprendre.</translation>
        </message>
        <message>
            <source>lower moon</source>
            <translation>lune du bas</translation>
        </message>
        <message>
            <source>Mushrooms: the PyTorch practical's 98-5-3-1 MLP</source>
            <translation>Champignons : le perceptron 98-5-3-1 du TP PyTorch</translation>
        </message>
        <message>
            <source>The multi-layer perceptron of the PyTorch practical on the UCI Mushroom data set: the 22 categorical features one-hot encoded into 98 inputs, two hidden ReLU layers of 5 and 3 neurons, one sigmoid output for P(poisonous), binary cross-entropy and plain SGD — the practical's n-5-3-1 network with n = 98. What differs: the CSV import drops the 2480 rows whose stalk-root is missing ('?') and keeps 5644, of which 20 % are held out for testing; the learning rate (0.1), the batch size (32) and the seed are this file's choices; the practical's sigmoid followed by torch.nn.BCELoss is computed here exactly from the logits (the same loss except at saturation, where BCELoss clamps its logarithm). It reaches at least 99 % test accuracy in 10 epochs, in about a second. The data live in ../data/mushrooms.csv (see its README for the source and licence).</source>
            <translation>Le perceptron multicouche du TP PyTorch sur le jeu de données UCI Mushroom : les 22 caractéristiques catégorielles encodées en one-hot en 98 entrées, deux couches cachées ReLU de 5 et 3 neurones, une sortie sigmoïde pour P(vénéneux), l'entropie croisée binaire et SGD simple — le réseau n-5-3-1 du TP avec n = 98. Ce qui diffère : l'import CSV supprime les 2480 lignes dont stalk-root manque (« ? ») et en garde 5644, dont 20 % mises de côté pour le test ; le taux d'apprentissage (0,1), la taille du lot (32) et la graine sont les choix de ce fichier ; la sigmoïde suivie de torch.nn.BCELoss du TP est calculée ici exactement à partir des logits (la même perte sauf à saturation, où BCELoss borne son logarithme). Il atteint au moins 99 % d'exactitude de test en 10 époques, en une seconde environ. Les données sont dans ../data/mushrooms.csv (voir son README pour la source et la licence).</translation>
        </message>
        <message>
            <source>Overfit me: few points, a big network, noise</source>
            <translation>Surapprentissage : peu de points, un gros réseau, du bruit</translation>
        </message>
        <message>
            <source>A network made to overfit, to see what overfitting looks like: only 40 points of the circle data set with a lot of noise (0.25), half of them held out for testing, and a 2-24-24-1 tanh network with 697 parameters, trained with Adam. The training loss falls to almost nothing and the training accuracy reaches 100 %: with its 20 training points it learns the noise by heart, and its boundary curls around single points. Meanwhile the test loss, after its best value in the first hundred epochs, climbs back to at least 1 after 1500 epochs: the gap between the two curves is the overfitting (the Training panel shows it, and marks the best test epoch on the loss plot). Then try the cures: early stopping (patience, which brings back the best weights), L2 regularisation, dropout or dropconnect, a smaller network, or more samples.</source>
            <translation>Un réseau fait pour surapprendre, pour voir à quoi ressemble le surapprentissage : seulement 40 points du jeu de données cercle avec beaucoup de bruit (0,25), dont la moitié mise de côté pour le test, et un réseau tanh 2-24-24-1 de 697 paramètres, entraîné avec Adam. La perte d'entraînement tombe presque à zéro et l'exactitude d'entraînement atteint 100 % : avec ses 20 points d'entraînement, il apprend le bruit par cœur, et sa frontière s'enroule autour de points isolés. Pendant ce temps, la perte de test, après sa meilleure valeur dans les cent premières époques, remonte à au moins 1 après 1500 époques : l'écart entre les deux courbes, c'est le surapprentissage (le panneau Entraînement le montre et marque la meilleure époque de test sur le graphique de perte). Essayez ensuite les remèdes : l'arrêt précoce (patience, qui remet les meilleurs poids), la régularisation L2, le dropout ou le dropconnect, un réseau plus petit, ou plus d'échantillons.</translation>
        </message>
        <message>
            <source>Sine regression</source>
            <translation>Régression d'un sinus</translation>
        </message>
        <message>
            <source>Regression with a curve: eight tanh hidden neurons each contribute one smooth step, and the linear output neuron adds them up into a sine wave over [−π, π]. Trained with mean squared error and Adam it reaches a test R² of at least 0.95 in 200 epochs. Fewer hidden neurons give a cruder curve; try two.</source>
            <translation>Une régression avec une courbe : huit neurones cachés tanh apportent chacun une marche douce, et le neurone de sortie linéaire les additionne en une sinusoïde sur [−π ; π]. Entraîné avec l'erreur quadratique moyenne et Adam, il atteint un R² de test d'au moins 0,95 en 200 époques. Avec moins de neurones cachés la courbe est plus grossière ; essayez avec deux.</translation>
        </message>
        <message>
            <source>sin x</source>
            <translation>sin x</translation>
        </message>
        <message>
            <source>Spiral: two hidden layers</source>
            <translation>Spirale : deux couches cachées</translation>
        </message>
        <message>
            <source>Two interleaved spirals need a boundary that winds around the centre. The first hidden layer draws lines, the second combines them into curved pieces, and the output glues those into a spiral: depth buys shapes that one layer of the same size cannot make. With Adam it reaches at least 95 % test accuracy in 200 epochs.</source>
            <translation>Deux spirales entrelacées demandent une frontière qui s'enroule autour du centre. La première couche cachée trace des droites, la seconde les combine en morceaux courbes, et la sortie les assemble en spirale : la profondeur donne des formes qu'une seule couche de même taille ne peut pas faire. Avec Adam, il atteint au moins 95 % d'exactitude de test en 200 époques.</translation>
        </message>
        <message>
            <source>arm 2</source>
            <translation>bras 2</translation>
        </message>
        <message>
            <source>XOR with two hidden neurons</source>
            <translation>XOR avec deux neurones cachés</translation>
        </message>
        <message>
            <source>XOR is the classic problem one neuron cannot solve: class 1 is where x1 and x2 have the same sign, and no single line separates that. Two hidden sigmoid neurons each draw a line, and the output neuron combines them into a band along one diagonal. That band cannot cover both quadrants perfectly, so this network tops out at about 90 %: with its seed it reaches at least 90 % test accuracy in 300 epochs of SGD. Other seeds can get stuck near 75 % with both lines on the same side — try a few, then add a third hidden neuron and watch it do better.</source>
            <translation>XOR est le problème classique qu'un seul neurone ne peut pas résoudre : la classe 1 est là où x1 et x2 ont le même signe, et aucune droite ne sépare cela. Deux neurones cachés sigmoïdes tracent chacun une droite, et le neurone de sortie les combine en une bande le long d'une diagonale. Cette bande ne peut pas couvrir parfaitement les deux quadrants, donc ce réseau plafonne vers 90 % : avec sa graine, il atteint au moins 90 % d'exactitude de test en 300 époques de SGD. D'autres graines peuvent rester bloquées vers 75 %, les deux droites du même côté — essayez-en quelques-unes, puis ajoutez un troisième neurone caché et regardez-le faire mieux.</translation>
        </message>
        <message>
            <source>same sign</source>
            <translation>même signe</translation>
        </message>
    </context>
</TS>
