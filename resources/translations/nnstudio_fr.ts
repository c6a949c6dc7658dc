<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <source>μ: how much of the previous step is kept</source>
            <translation>μ : part du pas précédent conservée</translation>
        </message>
        <message>
            <source>τ: damps the new gradient</source>
            <translation>τ : amortit le nouveau gradient</translation>
        </message>
        <message>
            <source>look ahead before taking the gradient</source>
            <translation>regarder en avant avant de prendre le gradient</translation>
        </message>
        <message>
            <source>α: smoothing of the squared gradient</source>
            <translation>α : lissage du gradient au carré</translation>
        </message>
        <message>
            <source>ε: avoids division by zero</source>
            <translation>ε : évite la division par zéro</translation>
        </message>
        <message>
            <source>divide by the variance instead of the raw mean square</source>
            <translation>diviser par la variance au lieu de la moyenne des carrés</translation>
        </message>
        <message>
            <source>β₁: smoothing of the gradient</source>
            <translation>β₁ : lissage du gradient</translation>
        </message>
        <message>
            <source>β₂: smoothing of the squared gradient</source>
            <translation>β₂ : lissage du gradient au carré</translation>
        </message>
        <message>
            <source>One learning rate η, or several separated by commas to compare them side by side</source>
            <translation>Un taux d'apprentissage η, ou plusieurs séparés par des points-virgules pour les comparer côte à côte</translation>
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
            <source>&amp;Lab</source>
            <translation>&amp;Labo</translation>
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
            <source>give at least one {what}</source>
            <translation>donnez au moins un {what}</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>« {text} » n'est pas un nombre</translation>
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
    </context>
    <context>
        <name>engine</name>
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
            <source>one tenth of the largest learning rate, past the smoothed minimum, before the smoothed loss climbs 10 % above that minimum</source>
            <translation>un dixième du plus grand taux d'apprentissage, après le minimum lissé, avant que la perte lissée ne dépasse ce minimum de 10 %</translation>
        </message>
    </context>
</TS>
