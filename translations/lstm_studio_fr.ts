<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot be written: the disk is full</source>
        <translation>écriture impossible&#xa0;: le disque est plein</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>le dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1; the previous file is unchanged</source>
        <translation>écriture impossible&#xa0;: %1&#xa0;; le fichier précédent est intact</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>cannot be deleted: %1</source>
        <translation>suppression impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>untitled session</source>
        <translation>session sans titre</translation>
    </message>
    <message>
        <source>only an autosave left by another instance can be discarded</source>
        <translation>seule une sauvegarde automatique laissée par une autre instance peut être abandonnée</translation>
    </message>
    <message>
        <source>belongs to an instance of LSTM Studio still running</source>
        <translation>appartient à une instance de LSTM Studio toujours en cours d’exécution</translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <source>params: ?</source>
        <translation>param.&#xa0;:&#xa0;?</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>aucun paramètre</translation>
    </message>
    <message>
        <source>%L1 params</source>
        <translation>%L1 param.</translation>
    </message>
</context>
<context>
    <name>BlockKindInfo</name>
    <message>
        <source>Where the sequence enters the network: feature vectors or token indices, one per step.</source>
        <translation>L’endroit où la séquence entre dans le réseau&#xa0;: des vecteurs de caractéristiques ou des indices de jetons, un par pas de temps.</translation>
    </message>
    <message>
        <source>Turns each token index into a learned vector the recurrent layers can read.</source>
        <translation>Transforme chaque indice de jeton en un vecteur appris que les couches récurrentes peuvent lire.</translation>
    </message>
    <message>
        <source>A plain recurrent layer: each step mixes the input with the previous state through one activation.</source>
        <translation>Une couche récurrente simple&#xa0;: à chaque pas de temps, elle combine l’entrée et l’état précédent à travers une seule activation.</translation>
    </message>
    <message>
        <source>A long short-term memory layer: gates decide what its cell state forgets, stores and shows at each step.</source>
        <translation>Une couche LSTM (mémoire à long et court terme)&#xa0;: à chaque pas de temps, des portes décident de ce que son état de cellule oublie, stocke et laisse paraître.</translation>
    </message>
    <message>
        <source>An LSTM whose gates also look at the cell state itself.</source>
        <translation>Un LSTM dont les portes regardent aussi l’état de cellule lui-même.</translation>
    </message>
    <message>
        <source>A gated recurrent unit: reset and update gates, and no separate cell state.</source>
        <translation>Une unité récurrente à portes&#xa0;: portes de réinitialisation et de mise à jour, sans état de cellule séparé.</translation>
    </message>
    <message>
        <source>Lets each query step look back over all encoder steps and take a weighted mix of them.</source>
        <translation>Permet à chaque pas de la requête de revoir tous les pas de l’encodeur et d’en prendre un mélange pondéré.</translation>
    </message>
    <message>
        <source>Randomly silences a share of the features while training, so the network does not lean on any one.</source>
        <translation>Met au silence au hasard une part des caractéristiques pendant l’entraînement, pour que le réseau ne s’appuie sur aucune en particulier.</translation>
    </message>
    <message>
        <source>Writes the output tokens one by one, starting from the encoder&apos;s final state.</source>
        <translation>Écrit les jetons de sortie un par un, en partant de l’état final de l’encodeur.</translation>
    </message>
    <message>
        <source>A fully connected layer: every output is a weighted sum of every input.</source>
        <translation>Une couche entièrement connectée&#xa0;: chaque sortie est une somme pondérée de toutes les entrées.</translation>
    </message>
    <message>
        <source>Where the prediction leaves the network and the loss compares it with the target.</source>
        <translation>L’endroit où la prédiction sort du réseau et où la perte la compare à la cible.</translation>
    </message>
    <message>
        <source>features</source>
        <translation>caractéristiques</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>par défaut de PyTorch</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>orthogonal</source>
        <translation>orthogonale</translation>
    </message>
    <message>
        <source>additive</source>
        <translation>additive</translation>
    </message>
    <message>
        <source>dot product</source>
        <translation>produit scalaire</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropie croisée binaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 caractéristique</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 caractéristiques</translation>
    </message>
    <message>
        <source>%1 dimensions</source>
        <translation>%1 dimensions</translation>
    </message>
    <message>
        <source>additive · %1</source>
        <translation>additive · %1</translation>
    </message>
    <message>
        <source>rate %1</source>
        <translation>taux %1</translation>
    </message>
    <message>
        <source>%1 tokens, embedded in %2</source>
        <translation>%1 jetons, plongement de dimension %2</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unité</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 couches</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>bidirectionnel</translation>
    </message>
</context>
<context>
    <name>BlockKinds</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Plongement</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>Peephole LSTM</source>
        <translation>LSTM peephole</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
</context>
<context>
    <name>DiagramConversion</name>
    <message>
        <source>the diagram has a block of unknown kind “%1”</source>
        <translation>le diagramme contient un bloc de type inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the diagram has two blocks numbered %1</source>
        <translation>le diagramme contient deux blocs portant le numéro %1</translation>
    </message>
    <message>
        <source>a wire of the diagram joins block %1 to block %2, which are not both there</source>
        <translation>une connexion du diagramme relie le bloc %1 au bloc %2, mais ces deux blocs n’y figurent pas tous les deux</translation>
    </message>
</context>
<context>
    <name>GraphAnalysis</name>
    <message>
        <source>the core cannot build this network: %1</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>this does not fit the task: %1</source>
        <translation>ce réseau ne convient pas à la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>this does not fit the task: the task %1 feeds the decoder %2 kinds of token, the decoder reads %3</source>
        <translation>ce réseau ne convient pas à la tâche&#xa0;: la tâche %1 fournit au décodeur %2 sortes de jetons, le décodeur en lit %3</translation>
    </message>
    <message>
        <source>this does not fit the task: the task %1 is trained with the %2 loss, the output uses %3</source>
        <translation>ce réseau ne convient pas à la tâche&#xa0;: la tâche %1 s’entraîne avec la perte %2, la sortie utilise %3</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1&#xa0;octets</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most this reads</source>
        <translation>le fichier dépasse la taille maximale lisible (%1)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON mal formé à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the JSON must be an object ({…}) at the top level</source>
        <translation>le JSON doit être un objet ({…}) au premier niveau</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JsonTensor</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>%1 is %2, expected a number</source>
        <translation>%1 est %2 au lieu d’un nombre</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1 is %2, expected an array</source>
        <translation>%1 est %2 au lieu d’un tableau</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 has %2 entries but %3 has %4 (arrays must not be ragged)</source>
        <translation>%1 est de longueur %2, mais %3 est de longueur %4 (les tableaux d’un même niveau doivent avoir la même longueur)</translation>
    </message>
    <message>
        <source>%1 has %2 entries, expected %3</source>
        <translation>%1 est de longueur %2 au lieu de %3</translation>
    </message>
    <message>
        <source>%1 (the parameter&apos;s shape is %2)</source>
        <translation>%1 (la forme du paramètre est %2)</translation>
    </message>
</context>
<context>
    <name>LayerTraining</name>
    <message>
        <source>frozen</source>
        <translation>figée</translation>
    </message>
    <message>
        <source>rate ×%1</source>
        <translation>taux ×%1</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>unknown field “%1” (known: %2)</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;» (champs connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be an object ({…})</source>
        <translation>doit être un objet ({…})</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 n’est pas compris entre %2 et %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>must be a text: an object of languages to strings, as {&quot;en&quot;: &quot;…&quot;, &quot;fr&quot;: &quot;…&quot;}</source>
        <translation>doit être un texte&#xa0;: un objet qui associe une chaîne à chaque langue, comme {&quot;en&quot;: &quot;…&quot;, &quot;fr&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>must be a string that is not empty</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a list of names ([&quot;…&quot;])</source>
        <translation>doit être une liste de noms ([&quot;…&quot;])</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs possibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a task&apos;s name</source>
        <translation>doit être le nom d’une tâche</translation>
    </message>
    <message>
        <source>must be a list of 2 to 10 texts</source>
        <translation>doit être une liste de 2 à 10 textes</translation>
    </message>
    <message>
        <source>%1 is not one of the %2 choices (0 to %3)</source>
        <translation>%1 ne correspond à aucun des %2 choix (numérotés de 0 à %3)</translation>
    </message>
    <message>
        <source>only a step that shows the lab (&quot;show&quot;: &quot;lab&quot;) may set it</source>
        <translation>seule une étape qui affiche le laboratoire (&quot;show&quot;: &quot;lab&quot;) peut définir ce champ</translation>
    </message>
    <message>
        <source>not a lesson: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>ce fichier n’est pas une leçon&#xa0;: &quot;format&quot; doit valoir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is not one this program reads (it reads %2)</source>
        <translation>version %1 non prise en charge (ce programme lit la version %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>must name the lesson&apos;s session file</source>
        <translation>doit indiquer le fichier de session de la leçon</translation>
    </message>
    <message>
        <source>the session “%1” is not there (looked for %2)</source>
        <translation>la session «&#xa0;%1&#xa0;» est introuvable (emplacement cherché&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 steps ([{…}, …])</source>
        <translation>doit être une liste de 1 à %1 étapes ([{…}, …])</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit LSTM Studio</source>
        <translation>Quitter LSTM Studio</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Hold training after the current batch; press again to resume</source>
        <translation>Suspendre l’entraînement après le lot en cours&#xa0;; appuyez de nouveau pour reprendre</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop training after the current batch and keep the weights trained so far</source>
        <translation>Arrêter l’entraînement après le lot en cours et conserver les poids appris jusque-là</translation>
    </message>
    <message>
        <source>&amp;About LSTM Studio</source>
        <translation>À &amp;propos de LSTM Studio</translation>
    </message>
    <message>
        <source>Version, credits and the sources of the datasets</source>
        <translation>Version, crédits et sources des jeux de données</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The version of Qt LSTM Studio runs on</source>
        <translation>La version de Qt sur laquelle fonctionne LSTM Studio</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>LSTM Studio</source>
        <translation>LSTM Studio</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Réseaux &amp;types</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>A new session on the task chosen in the Task panel, with its recommended network</source>
        <translation>Une nouvelle session sur la tâche choisie dans le panneau Tâche, avec son réseau recommandé</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a session (.lstmsession) or a model (.json)</source>
        <translation>Ouvrir une session (.lstmsession) ou un modèle (.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the session: network, weights, optimizer state, history and views</source>
        <translation>Enregistrer la session&#xa0;: réseau, poids, état de l’optimiseur, historique et vues</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the session to another file</source>
        <translation>Enregistrer la session dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Diagram as Image…</source>
        <translation>&amp;Diagramme en image…</translation>
    </message>
    <message>
        <source>Export the network diagram as PNG or SVG</source>
        <translation>Exporter le diagramme du réseau en PNG ou en SVG</translation>
    </message>
    <message>
        <source>Weights for &amp;PyTorch…</source>
        <translation>Poids pour &amp;PyTorch…</translation>
    </message>
    <message>
        <source>Write the weights and a model.py that loads them into PyTorch</source>
        <translation>Écrire les poids et un fichier model.py qui les charge dans PyTorch</translation>
    </message>
    <message>
        <source>Training &amp;History as CSV…</source>
        <translation>&amp;Historique d’entraînement en CSV…</translation>
    </message>
    <message>
        <source>Write the loss and metric of every epoch, and the run&apos;s events, as CSV</source>
        <translation>Écrire la perte et la métrique de chaque époque, ainsi que les événements de l’entraînement, au format CSV</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit of the network</source>
        <translation>Annuler la dernière modification du réseau</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Cut the selected blocks</source>
        <translation>Couper les blocs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected blocks</source>
        <translation>Copier les blocs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste blocks copied before</source>
        <translation>Coller les blocs copiés auparavant</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected blocks or wire</source>
        <translation>Supprimer les blocs ou la connexion sélectionnés</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every block</source>
        <translation>Sélectionner tous les blocs</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Enlarge the diagram</source>
        <translation>Agrandir le diagramme</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Shrink the diagram</source>
        <translation>Réduire le diagramme</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Afficher le réseau en entier</translation>
    </message>
    <message>
        <source>&amp;Arrange Blocks</source>
        <translation>&amp;Disposer les blocs</translation>
    </message>
    <message>
        <source>Lay the blocks out left to right, in the order data flows</source>
        <translation>Disposer les blocs de gauche à droite, dans l’ordre où circulent les données</translation>
    </message>
    <message>
        <source>Train the network, or go on training it, with the settings of the Training panel</source>
        <translation>Entraîner le réseau, ou poursuivre son entraînement, avec les réglages du panneau Entraînement</translation>
    </message>
    <message>
        <source>Step &amp;Batch</source>
        <translation>Avancer d’un &amp;lot</translation>
    </message>
    <message>
        <source>Train one batch, then hold</source>
        <translation>Entraîner sur un lot, puis suspendre</translation>
    </message>
    <message>
        <source>Step &amp;Epoch</source>
        <translation>Avancer d’une ép&amp;oque</translation>
    </message>
    <message>
        <source>Train to the end of the epoch, then hold</source>
        <translation>Entraîner jusqu’à la fin de l’époque, puis suspendre</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>&amp;Réinitialiser les poids</translation>
    </message>
    <message>
        <source>Put the weights back to their first values and forget the run</source>
        <translation>Remettre les poids à leurs valeurs initiales et oublier l’entraînement</translation>
    </message>
    <message>
        <source>Vanishing-&amp;Gradient Lab…</source>
        <translation>Laboratoire de la disparition du &amp;gradient…</translation>
    </message>
    <message>
        <source>Race a plain RNN, an LSTM and a GRU on a long lag and watch their gradients fade</source>
        <translation>Faire courir un RNN simple, un LSTM et un GRU sur un long décalage et voir leurs gradients s’évanouir</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Exe&amp;mples</translation>
    </message>
    <message>
        <source>Ready, trained sessions of the built-in tasks</source>
        <translation>Sessions déjà entraînées, prêtes à l’emploi, pour les tâches intégrées</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>not an LSTM Studio model (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>n’est pas un modèle LSTM Studio (&quot;format&quot; doit valoir &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>made by a newer LSTM Studio (model format version %1; this version reads up to %2)</source>
        <translation>créé par une version plus récente de LSTM Studio (format de modèle version %1&#xa0;; cette version lit jusqu’à la version %2)</translation>
    </message>
    <message>
        <source>&quot;spec&quot; is missing or not an object</source>
        <translation>&quot;spec&quot; est absent ou n’est pas un objet</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; is missing or not an object</source>
        <translation>&quot;parameters&quot; est absent ou n’est pas un objet</translation>
    </message>
    <message>
        <source>parameter %1 is missing</source>
        <translation>le paramètre %1 est absent</translation>
    </message>
    <message>
        <source>unknown parameter %1 (this network has no such tensor)</source>
        <translation>paramètre %1 inconnu (ce réseau n’a aucun tenseur de ce nom)</translation>
    </message>
    <message>
        <source>the spec needs %1 parameter values but &quot;parameters&quot; holds only %2</source>
        <translation>la spécification (&quot;spec&quot;) demande %1 valeurs de paramètres, mais &quot;parameters&quot; n’en contient que %2</translation>
    </message>
    <message>
        <source>parameter %1 holds a value that is not finite, which JSON cannot store</source>
        <translation>le paramètre %1 contient une valeur non finie, que JSON ne peut pas enregistrer</translation>
    </message>
    <message>
        <source>the model would take %1 MiB, more than the %2 MiB a model file may hold</source>
        <translation>le modèle occuperait %1&#xa0;Mio, plus que les %2&#xa0;Mio autorisés pour un fichier de modèle</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>%1 ×2</source>
        <translation>%1&#xa0;×2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>tokens of a vocabulary of %1, embedded in %2</source>
        <translation>jetons d’un vocabulaire de %1, plongement de dimension %2</translation>
    </message>
    <message>
        <source>features, %1 per step</source>
        <translation>caractéristiques, %1 par pas de temps</translation>
    </message>
    <message>
        <source>values, %1 per step</source>
        <translation>valeurs, %1 par pas de temps</translation>
    </message>
    <message>
        <source>values, %1 per sequence</source>
        <translation>valeurs, %1 par séquence</translation>
    </message>
    <message>
        <source>tokens of a vocabulary of %1</source>
        <translation>jetons d’un vocabulaire de %1</translation>
    </message>
    <message>
        <source>, with attention</source>
        <translation>, avec attention</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>Peephole LSTM</source>
        <translation>LSTM peephole</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
</context>
<context>
    <name>NetworkSpecJson</name>
    <message>
        <source>expected a whole number from 0 to %1</source>
        <translation>nombre entier de 0 à %1 attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
</context>
<context>
    <name>NetworkTemplates</name>
    <message>
        <source>Vanilla LSTM</source>
        <translation>LSTM classique</translation>
    </message>
    <message>
        <source>One LSTM layer and a dense layer per step.</source>
        <translation>Une couche LSTM, puis une couche dense à chaque pas de temps.</translation>
    </message>
    <message>
        <source>Stacked LSTM</source>
        <translation>LSTM empilés</translation>
    </message>
    <message>
        <source>Two LSTM layers with dropout between them: the second reads the first&apos;s states.</source>
        <translation>Deux couches LSTM séparées par un dropout&#xa0;: la seconde lit les états de la première.</translation>
    </message>
    <message>
        <source>Bidirectional LSTM</source>
        <translation>LSTM bidirectionnel</translation>
    </message>
    <message>
        <source>An LSTM reading the sequence both ways; the dense layer reads both final states.</source>
        <translation>Un LSTM qui lit la séquence dans les deux sens&#xa0;; la couche dense lit ses deux états finaux.</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>Peephole LSTM</source>
        <translation>LSTM peephole</translation>
    </message>
    <message>
        <source>An LSTM whose gates also see the cell state.</source>
        <translation>Un LSTM dont les portes voient aussi l’état de la cellule.</translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation>RNN simple</translation>
    </message>
    <message>
        <source>The simple recurrent network whose gradients vanish.</source>
        <translation>Le réseau récurrent simple, sujet à la disparition du gradient.</translation>
    </message>
    <message>
        <source>Encoder–Decoder with Attention</source>
        <translation>Encodeur–décodeur avec attention</translation>
    </message>
    <message>
        <source>A bidirectional LSTM encodes tokens; a decoder writes tokens, attending over the encoder&apos;s states.</source>
        <translation>Un LSTM bidirectionnel encode les jetons&#xa0;; un décodeur écrit des jetons en portant son attention sur les états de l’encodeur.</translation>
    </message>
    <message>
        <source>RNN vs LSTM vs GRU</source>
        <translation>RNN, LSTM et GRU comparés</translation>
    </message>
    <message>
        <source>The same network with each of three cells, trained side by side on one task.</source>
        <translation>Le même réseau avec chacune des trois cellules, entraînées côte à côte sur une même tâche.</translation>
    </message>
    <message>
        <source>Recommended for %1</source>
        <translation>Recommandé pour %1</translation>
    </message>
    <message>
        <source>A gated recurrent unit: the LSTM&apos;s idea with two gates (reset and update) and no separate cell state.</source>
        <translation>Une unité récurrente à portes (GRU)&#xa0;: l’idée du LSTM avec deux portes (réinitialisation et mise à jour) et sans état de cellule séparé.</translation>
    </message>
</context>
<context>
    <name>PortItem</name>
    <message>
        <source>Output “%1”: drag from here to an input port to draw a wire.</source>
        <translation>Sortie «&#xa0;%1&#xa0;»&#xa0;: faites glisser d’ici jusqu’à un port d’entrée pour tracer une connexion.</translation>
    </message>
    <message>
        <source>Input “%1”: takes %2, from one wire.</source>
        <translation>Entrée «&#xa0;%1&#xa0;»&#xa0;: reçoit %2, par une seule connexion.</translation>
    </message>
</context>
<context>
    <name>Ports</name>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>clés</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>initial state</source>
        <translation>état initial</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <source>final state</source>
        <translation>état final</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>states</source>
        <translation>états</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortie</translation>
    </message>
</context>
<context>
    <name>PropertyField</name>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>How many numbers the layer&apos;s state holds at each step.</source>
        <translation>Combien de nombres l’état de la couche contient à chaque pas de temps.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>How many such layers are stacked, each reading the one below.</source>
        <translation>Combien de couches de ce type sont empilées, chacune lisant celle du dessous.</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Also read the sequence backwards; the output is twice as wide.</source>
        <translation>Lire aussi la séquence à l’envers&#xa0;; la sortie est deux fois plus large.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>The squashing function applied to the candidate state.</source>
        <translation>La fonction d’écrasement appliquée à l’état candidat.</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>How the weights are drawn before training starts.</source>
        <translation>Comment les poids sont tirés avant le début de l’entraînement.</translation>
    </message>
    <message>
        <source>Forget-gate bias</source>
        <translation>Biais de la porte d’oubli</translation>
    </message>
    <message>
        <source>The forget gate&apos;s starting bias; 1 makes the cell remember by default. Empty: the initializer&apos;s own.</source>
        <translation>Le biais initial de la porte d’oubli&#xa0;; 1 fait que la cellule se souvient par défaut. Vide&#xa0;: celui de l’initialisation.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Feature vectors (numbers per step) or token indices (one symbol per step).</source>
        <translation>Vecteurs de caractéristiques (des nombres à chaque pas de temps) ou indices de jetons (un symbole à chaque pas de temps).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Features per step, or the number of different tokens.</source>
        <translation>Nombre de caractéristiques par pas de temps, ou nombre de jetons différents.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>How long the vector for each token is.</source>
        <translation>La longueur du vecteur associé à chaque jeton.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Calcul des scores</translation>
    </message>
    <message>
        <source>Additive scores through a small learned layer; dot product compares query and keys directly.</source>
        <translation>Scores additifs au moyen d’une petite couche apprise&#xa0;; le produit scalaire compare directement la requête et les clés.</translation>
    </message>
    <message>
        <source>The width of the additive scoring layer.</source>
        <translation>La largeur de la couche de calcul des scores additifs.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>The share of features silenced at each training step.</source>
        <translation>La part des caractéristiques mises au silence à chaque itération d’entraînement.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>How many different tokens the decoder writes, its start token included.</source>
        <translation>Combien de jetons différents le décodeur écrit, jeton de début compris.</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Plongement</translation>
    </message>
    <message>
        <source>How long the vector for each token the decoder reads is.</source>
        <translation>La longueur du vecteur associé à chaque jeton que lit le décodeur.</translation>
    </message>
    <message>
        <source>How many numbers the layer outputs.</source>
        <translation>Combien de nombres la couche produit en sortie.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>How the prediction is compared with the target.</source>
        <translation>Comment la prédiction est comparée à la cible.</translation>
    </message>
</context>
<context>
    <name>PropertyReader</name>
    <message>
        <source>“%1” must be a whole number of at least %2, not “%3”</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier supérieur ou égal à %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” must be a number in [%2, %3), not “%4”</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre de l’intervalle [%2&#xa0;; %3[, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” must be a number or empty, not “%2”</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre ou rester vide, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” must be one of %2, not “%3”</source>
        <translation>«&#xa0;%1&#xa0;» doit prendre l’une des valeurs suivantes, et non «&#xa0;%3&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PyTorchExport</name>
    <message>
        <source>exists and is not a directory</source>
        <translation>existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>the directory cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>the network has %1 parameters but %2 weights were given</source>
        <translation>le réseau a %1 paramètres, mais %2 poids ont été fournis</translation>
    </message>
</context>
<context>
    <name>PyTorchScript</name>
    <message>
        <source>models with token input cannot be exported to PyTorch yet</source>
        <translation>les modèles à entrée de jetons ne peuvent pas encore être exportés vers PyTorch</translation>
    </message>
    <message>
        <source>sequence-to-sequence models cannot be exported to PyTorch yet</source>
        <translation>les modèles séquence à séquence ne peuvent pas encore être exportés vers PyTorch</translation>
    </message>
    <message>
        <source>models with attention cannot be exported to PyTorch yet</source>
        <translation>les modèles avec attention ne peuvent pas encore être exportés vers PyTorch</translation>
    </message>
    <message>
        <source>the layers differ in cell, size, direction or activation, and one PyTorch recurrent module needs them all alike</source>
        <translation>les couches diffèrent par la cellule, la taille, le sens de lecture ou l’activation, alors qu’un module récurrent PyTorch unique les veut toutes identiques</translation>
    </message>
</context>
<context>
    <name>SceneExporter</name>
    <message>
        <source>Cannot export to “%1”: choose a file ending in .png or .svg.</source>
        <translation>Impossible d’exporter vers «&#xa0;%1&#xa0;»&#xa0;: choisissez un fichier se terminant par .png ou .svg.</translation>
    </message>
    <message>
        <source>Cannot write the image “%1”.</source>
        <translation>Impossible d’écrire l’image «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write the image “%1”: %2.</source>
        <translation>Impossible d’écrire l’image «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the disk is full: the session needs %1 MiB, %2 MiB are free</source>
        <translation>le disque est plein&#xa0;: la session a besoin de %1 Mio, il reste %2 Mio</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>le dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1; the previous file is unchanged</source>
        <translation>écriture impossible&#xa0;: %1&#xa0;; le fichier précédent est intact</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a session file</source>
        <translation>est un dossier, pas un fichier de session</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a session may be</source>
        <translation>le fichier dépasse %1 Mio, la taille maximale d’une session</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ShapeInference</name>
    <message>
        <source>this block is part of a cycle: signals must flow one way, from the input to the output</source>
        <translation>ce bloc fait partie d’un cycle&#xa0;: les signaux doivent circuler dans un seul sens, de l’entrée vers la sortie</translation>
    </message>
    <message>
        <source>attention needs a sequence to attend to: connect a recurrent layer&apos;s sequence to its “keys” port</source>
        <translation>l’attention a besoin d’une séquence sur laquelle porter&#xa0;: connectez la sortie «&#xa0;séquence&#xa0;» d’une couche récurrente à son port «&#xa0;clés&#xa0;»</translation>
    </message>
    <message>
        <source>missing connection: the “%1” port is not connected</source>
        <translation>connexion manquante&#xa0;: le port «&#xa0;%1&#xa0;» n’est pas connecté</translation>
    </message>
    <message>
        <source>the “%1” port takes one wire, it has %2</source>
        <translation>le port «&#xa0;%1&#xa0;» n’accepte qu’une connexion, il en a %2</translation>
    </message>
    <message>
        <source>attention needs a sequence to attend to, its “keys” port gets %1</source>
        <translation>l’attention a besoin d’une séquence sur laquelle porter, or son port «&#xa0;clés&#xa0;» reçoit %1</translation>
    </message>
    <message>
        <source>shape mismatch: the “%1” port takes %2, the wire brings %3</source>
        <translation>formes incompatibles&#xa0;: le port «&#xa0;%1&#xa0;» attend %2, la connexion apporte %3</translation>
    </message>
    <message>
        <source>shape mismatch: the query (%1) and the keys (%2) must be equally wide</source>
        <translation>formes incompatibles&#xa0;: la requête (%1) et les clés (%2) doivent avoir la même largeur</translation>
    </message>
    <message>
        <source>dangling block: nothing reads its output; connect it or delete it</source>
        <translation>bloc inutilisé&#xa0;: rien ne lit sa sortie&#xa0;; connectez-le ou supprimez-le</translation>
    </message>
</context>
<context>
    <name>SpecCompiler</name>
    <message>
        <source>the core cannot build this: the “%1” output feeds %2 blocks, the core&apos;s network passes it on to one</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: la sortie «&#xa0;%1&#xa0;» alimente %2 blocs, alors que le moteur ne la transmet qu’à un seul</translation>
    </message>
    <message>
        <source>the network has no input block</source>
        <translation>le réseau n’a pas de bloc d’entrée</translation>
    </message>
    <message>
        <source>the network has no output block</source>
        <translation>le réseau n’a pas de bloc de sortie</translation>
    </message>
    <message>
        <source>the core cannot build this: a network has one input block</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: un réseau n’a qu’un seul bloc d’entrée</translation>
    </message>
    <message>
        <source>the core cannot build this: a network has one output block</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: un réseau n’a qu’un seul bloc de sortie</translation>
    </message>
    <message>
        <source>the core cannot build this: the input goes into a recurrent layer first (after the embedding, for tokens)</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: l’entrée doit d’abord aller dans une couche récurrente (après le plongement, pour des jetons)</translation>
    </message>
    <message>
        <source>the core cannot build this: the last recurrent layer goes to a dense layer, by its sequence (per step), its final state (per sequence), or through attention</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: la dernière couche récurrente doit être reliée à une couche dense par sa séquence (par pas de temps), par son état final (par séquence) ou en passant par l’attention</translation>
    </message>
    <message>
        <source>the core cannot build this: attention&apos;s query is the final state of the layer whose sequence it reads (or the decoder that layer starts)</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: la requête de l’attention doit être l’état final de la couche dont elle lit la séquence (ou le décodeur dont cette couche fournit l’état initial)</translation>
    </message>
    <message>
        <source>the core cannot build this: attention goes to a dense layer</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: l’attention doit être reliée à une couche dense</translation>
    </message>
    <message>
        <source>the core cannot build this: the dense layer is the network&apos;s last, it goes to the output</source>
        <translation>le moteur de calcul ne peut pas construire ce réseau&#xa0;: la couche dense doit être la dernière du réseau et être reliée à la sortie</translation>
    </message>
    <message>
        <source>the core initializes every layer alike: this block&apos;s initializer “%1” differs from “%2” above</source>
        <translation>le moteur de calcul initialise toutes les couches de la même façon&#xa0;: l’initialisation «&#xa0;%1&#xa0;» de ce bloc diffère de «&#xa0;%2&#xa0;», choisie plus haut</translation>
    </message>
    <message>
        <source>the core initializes every layer alike: this block&apos;s forget-gate bias “%1” differs from “%2” above</source>
        <translation>le moteur de calcul initialise toutes les couches de la même façon&#xa0;: le biais de porte d’oubli «&#xa0;%1&#xa0;» de ce bloc diffère de «&#xa0;%2&#xa0;», choisi plus haut</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter un bloc %1</translation>
    </message>
    <message>
        <source>Apply Template %1</source>
        <translation>Appliquer le réseau type «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Move Block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <source>Move %1 Blocks</source>
        <translation>Déplacer %1 blocs</translation>
    </message>
    <message>
        <source>Paste %1 Blocks</source>
        <translation>Coller %1 blocs</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer le bloc %1</translation>
    </message>
    <message>
        <source>Delete %1 Blocks</source>
        <translation>Supprimer %1 blocs</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier «&#xa0;%1&#xa0;» du bloc %2</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Coller le bloc %1</translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation>Figer %1</translation>
    </message>
    <message>
        <source>Unfreeze %1</source>
        <translation>Défiger %1</translation>
    </message>
    <message>
        <source>Change the learning-rate factor of %1</source>
        <translation>Modifier le facteur de taux d’apprentissage de %1</translation>
    </message>
</context>
<context>
    <name>WireItem</name>
    <message>
        <source>Select and press Delete to remove.</source>
        <translation>Sélectionnez cette connexion et appuyez sur Suppr pour la retirer.</translation>
    </message>
</context>
<context>
    <name>WireShape</name>
    <message>
        <source>seq × token of %1</source>
        <translation>séq × jeton parmi %1</translation>
    </message>
    <message>
        <source>seq × %1</source>
        <translation>séq × %1</translation>
    </message>
    <message>
        <source>target × %1</source>
        <translation>cible × %1</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>des jetons</translation>
    </message>
    <message>
        <source>a sequence of features</source>
        <translation>une séquence de caractéristiques</translation>
    </message>
    <message>
        <source>a vector</source>
        <translation>un vecteur</translation>
    </message>
    <message>
        <source>a vector or a decoder&apos;s states</source>
        <translation>un vecteur ou les états d’un décodeur</translation>
    </message>
    <message>
        <source>features</source>
        <translation>des caractéristiques</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>app::ActionDecoration</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>app::Appearance</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>Use the system&apos;s colours and style</source>
        <translation>Utiliser les couleurs et le style du système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texte sombre sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, easier on the eyes in a dark room</source>
        <translation>Texte clair sur fond sombre, plus reposant pour les yeux dans une pièce sombre</translation>
    </message>
</context>
<context>
    <name>app::AttentionMatrixView</name>
    <message>
        <source>Rows: the output steps; columns: the input steps the decoder attends to</source>
        <translation>Lignes&#xa0;: les pas de sortie&#xa0;; colonnes&#xa0;: les pas d’entrée auxquels le décodeur prête attention</translation>
    </message>
    <message>
        <source>output %1 &apos;%2&apos; (target &apos;%3&apos;) ← input %4 &apos;%5&apos;: weight %6</source>
        <translation>sortie %1 «&#xa0;%2&#xa0;» (cible «&#xa0;%3&#xa0;») ← entrée %4 «&#xa0;%5&#xa0;»&#xa0;: poids %6</translation>
    </message>
    <message>
        <source>This network has no attention.</source>
        <translation>Ce réseau n’a pas d’attention.</translation>
    </message>
    <message>
        <source>The attention of the probe sequence appears here.</source>
        <translation>L’attention de la séquence sonde apparaît ici.</translation>
    </message>
    <message>
        <source>attention weight, as a share of the largest (%1); rows: output steps, columns: input steps</source>
        <translation>poids d’attention, en proportion du plus grand (%1)&#xa0;; lignes&#xa0;: pas de sortie, colonnes&#xa0;: pas d’entrée</translation>
    </message>
</context>
<context>
    <name>app::AudioDevice</name>
    <message>
        <source>This computer has no sound output.</source>
        <translation>Cet ordinateur n’a pas de sortie audio.</translation>
    </message>
    <message>
        <source>This build of LSTM Studio has no sound (it was built without Qt Multimedia).</source>
        <translation>Cette version de LSTM Studio n’a pas de son (elle a été compilée sans Qt Multimedia).</translation>
    </message>
    <message>
        <source>This computer has no microphone.</source>
        <translation>Cet ordinateur n’a pas de microphone.</translation>
    </message>
    <message>
        <source>This build of LSTM Studio cannot record (it was built without Qt Multimedia).</source>
        <translation>Cette version de LSTM Studio ne peut pas enregistrer (elle a été compilée sans Qt Multimedia).</translation>
    </message>
    <message>
        <source>The sound output does not take 16-bit samples.</source>
        <translation>La sortie audio n’accepte pas les échantillons 16 bits.</translation>
    </message>
    <message>
        <source>The microphone gives no 16-bit or float samples.</source>
        <translation>Le microphone ne fournit ni échantillons 16 bits ni échantillons flottants.</translation>
    </message>
    <message>
        <source>The microphone could not be opened.</source>
        <translation>Impossible d’ouvrir le microphone.</translation>
    </message>
</context>
<context>
    <name>app::AutosaveGuard</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored the session autosaved at %1.</source>
        <translation>Session enregistrée automatiquement à %1 restaurée.</translation>
    </message>
</context>
<context>
    <name>app::BlockInspector</name>
    <message>
        <source>The selected block&apos;s settings</source>
        <translation>Les réglages du bloc sélectionné</translation>
    </message>
    <message>
        <source>Block inspector</source>
        <translation>Inspecteur de bloc</translation>
    </message>
    <message>
        <source>%1 blocks selected</source>
        <translation>%1 blocs sélectionnés</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>Aucun bloc sélectionné</translation>
    </message>
    <message>
        <source>initializer&apos;s own</source>
        <translation>celui de l’initialisation</translation>
    </message>
    <message>
        <source>%L1 parameters</source>
        <translation>%L1 paramètres</translation>
    </message>
    <message>
        <source>Parameters: not known until its inputs are wired</source>
        <translation>Paramètres&#xa0;: inconnus tant que ses entrées ne sont pas connectées</translation>
    </message>
    <message>
        <source>The network has %L1 parameters in all.</source>
        <translation>Le réseau compte %L1 paramètres au total.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>The network&apos;s problems:</source>
        <translation>Les problèmes du réseau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>app::BlockPalette</name>
    <message>
        <source>Blocks: drag one onto the canvas, or double-click it to add it.</source>
        <translation>Blocs&#xa0;: faites-en glisser un sur le canevas, ou double-cliquez dessus pour l’ajouter.</translation>
    </message>
    <message>
        <source>Block palette</source>
        <translation>Palette de blocs</translation>
    </message>
</context>
<context>
    <name>app::CellDiagramPainter</name>
    <message>
        <source>peepholes</source>
        <translation>peepholes</translation>
    </message>
</context>
<context>
    <name>app::CellDiagramView</name>
    <message>
        <source>How fast playback moves through the steps</source>
        <translation>Vitesse à laquelle la lecture parcourt les pas de temps</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>The hidden unit whose cell is drawn</source>
        <translation>L’unité cachée dont la cellule est dessinée</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>pas %1 sur %2</translation>
    </message>
    <message>
        <source>No trace yet: nothing to draw.</source>
        <translation>Pas encore de trace&#xa0;: rien à dessiner.</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>peephole LSTM</source>
        <translation>LSTM peephole</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>RNN (tanh)</source>
        <translation>RNN (tanh)</translation>
    </message>
    <message>
        <source>RNN (ReLU)</source>
        <translation>RNN (ReLU)</translation>
    </message>
    <message>
        <source>%1 — %2 — unit %3 — step %4</source>
        <translation>%1 — %2 — unité %3 — pas %4</translation>
    </message>
    <message>
        <source>There is no trace to export.</source>
        <translation>Il n’y a aucune trace à exporter.</translation>
    </message>
</context>
<context>
    <name>app::CellPlayback</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Show the previous time step</source>
        <translation>Afficher le pas de temps précédent</translation>
    </message>
    <message>
        <source>Show the next time step</source>
        <translation>Afficher le pas de temps suivant</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <source>Stop at this time step</source>
        <translation>S’arrêter à ce pas de temps</translation>
    </message>
    <message>
        <source>Play the sequence step by step</source>
        <translation>Lire la séquence pas à pas</translation>
    </message>
</context>
<context>
    <name>app::Classroom</name>
    <message>
        <source>Could not open the lesson “%1”.</source>
        <translation>Impossible d’ouvrir la leçon «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Show or hide the lesson being followed</source>
        <translation>Afficher ou masquer la leçon en cours</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>The lesson&apos;s next step (Ctrl+Right or Page Down)</source>
        <translation>L’étape suivante de la leçon (Ctrl+Flèche droite ou Pg Suiv)</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>The lesson&apos;s previous step (Ctrl+Left or Page Up)</source>
        <translation>L’étape précédente de la leçon (Ctrl+Flèche gauche ou Pg Préc)</translation>
    </message>
    <message>
        <source>&amp;End Lesson</source>
        <translation>&amp;Terminer la leçon</translation>
    </message>
    <message>
        <source>Close the lesson: the panels and controls come back as they were</source>
        <translation>Fermer la leçon&#xa0;: les panneaux et les commandes redeviennent tels qu’ils étaient</translation>
    </message>
</context>
<context>
    <name>app::ConfusionMatrixView</name>
    <message>
        <source>Rows: the true class; columns: the network&apos;s guess</source>
        <translation>Lignes&#xa0;: la vraie classe&#xa0;; colonnes&#xa0;: la réponse du réseau</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3 of %4 (%5%)</source>
        <translation>vraie classe %1, prédite %2&#xa0;: %3 sur %4 (%5&#xa0;%)</translation>
    </message>
    <message>
        <source>The confusion matrix appears here once a network fits the task.</source>
        <translation>La matrice de confusion apparaît ici dès qu’un réseau convient à la tâche.</translation>
    </message>
    <message>
        <source>Validation: accuracy %1% (%2 sequences)</source>
        <translation>Validation&#xa0;: exactitude %1&#xa0;% (%2 séquences)</translation>
    </message>
    <message>
        <source>predicted class (colour: share of the row)</source>
        <translation>classe prédite (couleur&#xa0;: part de la ligne)</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>vraie classe</translation>
    </message>
</context>
<context>
    <name>app::DockArrangement</name>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Calcul détaillé</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Gradient Fading</source>
        <translation>Affaiblissement du gradient</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Show or hide the “%1” panel</source>
        <translation>Afficher ou masquer le panneau «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>app::ExamplesMenu</name>
    <message>
        <source>Open the trained session “%1” as an untitled copy</source>
        <translation>Ouvrir la session entraînée «&#xa0;%1&#xa0;» sous forme de copie sans titre</translation>
    </message>
</context>
<context>
    <name>app::ForecastView</name>
    <message>
        <source>Which window of the validation split to forecast</source>
        <translation>La fenêtre de la partie de validation à prévoir</translation>
    </message>
    <message>
        <source>Validation window:</source>
        <translation>Fenêtre de validation&#xa0;:</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <source>No task.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>No network that fits the task yet.</source>
        <translation>Pas encore de réseau qui convienne à la tâche.</translation>
    </message>
    <message>
        <source>This task has no series to forecast.</source>
        <translation>Cette tâche n’a pas de série à prévoir.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>scored steps (after the warm-up)</source>
        <translation>pas évalués (après la mise en route)</translation>
    </message>
    <message>
        <source>steps after %1</source>
        <translation>pas après %1</translation>
    </message>
    <message>
        <source>forecast horizon</source>
        <translation>horizon de prévision</translation>
    </message>
</context>
<context>
    <name>app::GateArithmetic</name>
    <message>
        <source>No network or no trace to compute with.</source>
        <translation>Aucun réseau ou aucune trace pour faire le calcul.</translation>
    </message>
    <message>
        <source>The trace has no layer %1.</source>
        <translation>La trace n’a pas de couche %1.</translation>
    </message>
    <message>
        <source>The decoder&apos;s arithmetic is not shown: it reads the encoder&apos;s state and the target tokens.</source>
        <translation>Le calcul du décodeur n’est pas affiché&#xa0;: il lit l’état de l’encodeur et les jetons cibles.</translation>
    </message>
    <message>
        <source>The trace keeps only every %1th step of this long sequence, so h(t−1) is not known for every step.</source>
        <translation>La trace ne conserve qu’un pas de temps sur %1 de cette longue séquence&#xa0;: h(t−1) n’est donc pas connu à chaque pas.</translation>
    </message>
    <message>
        <source>The probe sequence&apos;s inputs are not known.</source>
        <translation>Les entrées de la séquence sonde ne sont pas connues.</translation>
    </message>
    <message>
        <source>The trace was recorded on another network.</source>
        <translation>La trace a été enregistrée sur un autre réseau.</translation>
    </message>
</context>
<context>
    <name>app::GateComparisonView</name>
    <message>
        <source>What fine-tuning changed: each gate of the layer on the same input, before, after and the difference</source>
        <translation>Ce que l’affinage a changé&#xa0;: chaque porte de la couche sur la même entrée, avant, après et la différence</translation>
    </message>
    <message>
        <source>The recurrent layer to compare</source>
        <translation>La couche récurrente à comparer</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche&#xa0;:</translation>
    </message>
    <message>
        <source>Fine-tune a network to compare its gates with the original&apos;s.</source>
        <translation>Affinez un réseau pour comparer ses portes à celles du réseau d’origine.</translation>
    </message>
    <message>
        <source>The two networks were not traced on the same input with the same layers: nothing to compare.</source>
        <translation>Les deux réseaux n’ont pas été tracés sur la même entrée avec les mêmes couches&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <source>The network has no layer %1.</source>
        <translation>Le réseau n’a pas de couche %1.</translation>
    </message>
    <message>
        <source>The layers differ in shape: nothing to compare.</source>
        <translation>Les couches n’ont pas la même forme&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>fine-tuned</source>
        <translation>affiné</translation>
    </message>
    <message>
        <source>fine-tuned − original</source>
        <translation>affiné − original</translation>
    </message>
    <message>
        <source>mean |Δ|</source>
        <translation>|Δ| moyen</translation>
    </message>
    <message>
        <source>%1 (max %2)</source>
        <translation>%1 (max %2)</translation>
    </message>
    <message>
        <source>Δ in units of each band&apos;s max |Δ|</source>
        <translation>Δ rapporté au |Δ| max de chaque bande</translation>
    </message>
</context>
<context>
    <name>app::GateHeatmapView</name>
    <message>
        <source>The recurrent layer whose gates and states are shown</source>
        <translation>La couche récurrente dont les portes et les états sont affichés</translation>
    </message>
    <message>
        <source>No trace yet: train the network with a probe sequence chosen.</source>
        <translation>Pas encore de trace&#xa0;: entraînez le réseau après avoir choisi une séquence sonde.</translation>
    </message>
    <message>
        <source>%1 — epoch %2 — loss on this sequence %3</source>
        <translation>%1 — époque %2 — perte sur cette séquence %3</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>entrée x</translation>
    </message>
    <message>
        <source>output ŷ</source>
        <translation>sortie ŷ</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>pas t</translation>
    </message>
    <message>
        <source>gate opening</source>
        <translation>ouverture de la porte</translation>
    </message>
    <message>
        <source>signed value (±max)</source>
        <translation>valeur signée (±max)</translation>
    </message>
    <message>
        <source>%1 (%2), unit %3, step %4: %5</source>
        <translation>%1 (%2), unité %3, pas %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>There is no trace to export.</source>
        <translation>Il n’y a aucune trace à exporter.</translation>
    </message>
    <message>
        <source>input at step %1: %2</source>
        <translation>entrée au pas %1 : %2</translation>
    </message>
</context>
<context>
    <name>app::GestureDrawingPad</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Wipe the pad and draw again</source>
        <translation>Effacer la zone de dessin et recommencer</translation>
    </message>
    <message>
        <source>Draw a gesture with the mouse; the bars show the network&apos;s guess</source>
        <translation>Dessinez un geste avec la souris&#xa0;; les barres montrent la réponse du réseau</translation>
    </message>
    <message>
        <source>Draw a gesture here</source>
        <translation>Dessinez un geste ici</translation>
    </message>
    <message>
        <source>Needs the gestures task.</source>
        <translation>Nécessite la tâche des gestes.</translation>
    </message>
    <message>
        <source>The network&apos;s guess appears as you draw.</source>
        <translation>La réponse du réseau apparaît pendant que vous dessinez.</translation>
    </message>
</context>
<context>
    <name>app::GradientFadeHeatmap</name>
    <message>
        <source>The gradient of every kept epoch appears here as the model trains with the probe traced.</source>
        <translation>Le gradient de chaque époque conservée apparaît ici pendant l’entraînement, quand la séquence sonde est tracée.</translation>
    </message>
    <message>
        <source>Dark: the gradient faded on its way back from the loss</source>
        <translation>Sombre&#xa0;: le gradient s’est affaibli en remontant depuis la perte</translation>
    </message>
    <message>
        <source>Time step t</source>
        <translation>Pas de temps t</translation>
    </message>
    <message>
        <source>Epoch ↓</source>
        <translation>Époque ↓</translation>
    </message>
    <message>
        <source>‖∂L/∂c_t‖</source>
        <translation>‖∂L/∂c_t‖</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖</source>
        <translation>‖∂L/∂h_t‖</translation>
    </message>
    <message>
        <source>Epoch %1 (training step %2), time step %3: %4 = %5</source>
        <translation>Époque %1 (itération %2), pas de temps %3&#xa0;: %4 = %5</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>The layer whose gradients are shown</source>
        <translation>La couche dont les gradients sont affichés</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖ hidden state</source>
        <translation>‖∂L/∂h_t‖ état caché</translation>
    </message>
    <message>
        <source>‖∂L/∂c_t‖ cell state</source>
        <translation>‖∂L/∂c_t‖ état de cellule</translation>
    </message>
    <message>
        <source>Which gradient to show: through the hidden state, or through the cell state (LSTMs only)</source>
        <translation>Le gradient à afficher&#xa0;: à travers l’état caché, ou à travers l’état de cellule (LSTM seulement)</translation>
    </message>
    <message>
        <source>Each row is an epoch whose probe trace was kept, each column a time step of the probe sequence. Dark cells: the gradient from the last step&apos;s loss has faded by many orders of magnitude on its way back to that step.</source>
        <translation>Chaque ligne est une époque dont la trace de la séquence sonde a été conservée, chaque colonne un pas de temps de la séquence sonde. Cases sombres&#xa0;: le gradient issu de la perte du dernier pas s’est affaibli de plusieurs ordres de grandeur en remontant jusqu’à ce pas.</translation>
    </message>
</context>
<context>
    <name>app::GradientFlowChart</name>
    <message>
        <source>‖∂L/∂h_t‖: how strongly the loss at the last step reaches back to step t</source>
        <translation>‖∂L/∂h_t‖&#xa0;: avec quelle force la perte au dernier pas remonte jusqu’au pas t</translation>
    </message>
    <message>
        <source>Time step t</source>
        <translation>Pas de temps t</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Norme du gradient</translation>
    </message>
    <message>
        <source>‖∂L/∂h_t‖ %1</source>
        <translation>‖∂L/∂h_t‖ %1</translation>
    </message>
    <message>
        <source>‖∂L/∂c_t‖ %1</source>
        <translation>‖∂L/∂c_t‖ %1</translation>
    </message>
    <message>
        <source>Gradients per time step appear here while training runs.</source>
        <translation>Les gradients par pas de temps s’affichent ici pendant l’entraînement.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>app::GradientLab</name>
    <message>
        <source>%1, %2 units</source>
        <translation>%1, %2 unités</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>Peephole LSTM</source>
        <translation>LSTM peephole</translation>
    </message>
</context>
<context>
    <name>app::GradientLabControls</name>
    <message>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Lag:</source>
        <translation>Décalage&#xa0;:</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>Égaliser&#xa0;:</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>la taille de l’état caché</translation>
    </message>
    <message>
        <source>number of weights</source>
        <translation>le nombre de poids</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>État caché&#xa0;:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Couches&#xa0;:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Époques&#xa0;:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Lancer la course</translation>
    </message>
    <message>
        <source>Stop the runs</source>
        <translation>Arrêter les entraînements</translation>
    </message>
    <message>
        <source>Train the networks side by side from the same start</source>
        <translation>Entraîner les réseaux côte à côte à partir du même point de départ</translation>
    </message>
    <message>
        <source>A task whose answer depends on inputs far back in the sequence</source>
        <translation>Une tâche dont la réponse dépend d’entrées situées loin en arrière dans la séquence</translation>
    </message>
    <message>
        <source>How far back the important inputs lie; letting go starts the race again at this lag</source>
        <translation>À quelle distance en arrière se trouvent les entrées importantes&#xa0;; relâcher le curseur relance la course avec ce décalage</translation>
    </message>
    <message>
        <source>Give the networks the same hidden size, or about the same number of weights (an RNN then gets wider than an LSTM)</source>
        <translation>Donner aux réseaux la même taille d’état caché, ou à peu près le même nombre de poids (un RNN est alors plus large qu’un LSTM)</translation>
    </message>
    <message>
        <source>Units of the LSTM (and of the others with the same hidden size)</source>
        <translation>Unités du LSTM (et des autres réseaux, à taille d’état caché égale)</translation>
    </message>
    <message>
        <source>Recurrent layers stacked on each other, the same for every network; the charts show one layer at a time</source>
        <translation>Couches récurrentes empilées les unes sur les autres, les mêmes pour chaque réseau&#xa0;; les graphiques montrent une couche à la fois</translation>
    </message>
    <message>
        <source>Passes over the training sequences</source>
        <translation>Passages sur les séquences d’entraînement</translation>
    </message>
    <message>
        <source>Clip gradients</source>
        <translation>Écrêter les gradients</translation>
    </message>
    <message>
        <source>Rescale gradients whose norm exceeds the threshold, against explosions</source>
        <translation>Remettre à l’échelle les gradients dont la norme dépasse le seuil, contre l’explosion du gradient</translation>
    </message>
    <message>
        <source>The clipping threshold: the largest gradient norm let through</source>
        <translation>Le seuil d’écrêtage&#xa0;: la plus grande norme du gradient autorisée</translation>
    </message>
    <message>
        <source>RNN activation:</source>
        <translation>Activation du RNN&#xa0;:</translation>
    </message>
    <message>
        <source>The plain RNN&apos;s nonlinearity: tanh squashes, ReLU does not (and explodes more easily)</source>
        <translation>La non-linéarité du RNN simple&#xa0;: tanh écrase les valeurs, ReLU non (et explose plus facilement)</translation>
    </message>
    <message>
        <source>Recurrent weight scale:</source>
        <translation>Échelle des poids récurrents&#xa0;:</translation>
    </message>
    <message>
        <source>Multiplies every recurrent weight matrix at initialization: below 1 gradients vanish faster, above 1 they may explode</source>
        <translation>Multiplie chaque matrice de poids récurrents à l’initialisation&#xa0;: en dessous de 1, les gradients disparaissent plus vite&#xa0;; au-dessus de 1, ils peuvent exploser</translation>
    </message>
    <message>
        <source>Forget-gate bias:</source>
        <translation>Biais de la porte d’oubli&#xa0;:</translation>
    </message>
    <message>
        <source>The LSTM&apos;s forget-gate bias at initialization: a positive bias keeps the gate open (f ≈ 1) from the start; 0: PyTorch&apos;s default</source>
        <translation>Le biais de la porte d’oubli du LSTM à l’initialisation&#xa0;: un biais positif garde la porte ouverte (f ≈ 1) dès le départ&#xa0;; 0&#xa0;: la valeur par défaut de PyTorch</translation>
    </message>
    <message>
        <source>Truncate BPTT at:</source>
        <translation>Tronquer la rétropropagation à&#xa0;:</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pas</translation>
    </message>
    <message>
        <source>Carry the gradient back at most this many steps (the state is detached every k steps): beyond that nothing can be learnt</source>
        <translation>Ne propager le gradient que sur ce nombre de pas au plus (l’état est détaché tous les k pas)&#xa0;: au-delà, rien ne peut être appris</translation>
    </message>
    <message>
        <source>Hold the LSTM&apos;s forget gate at 1</source>
        <translation>Maintenir la porte d’oubli du LSTM à 1</translation>
    </message>
    <message>
        <source>f ≡ 1: the cell state keeps everything it was given; the gradient flows back unchanged through it</source>
        <translation>f ≡ 1&#xa0;: l’état de cellule garde tout ce qu’il a reçu&#xa0;; le gradient le traverse en arrière sans changer</translation>
    </message>
    <message>
        <source>Add a peephole LSTM</source>
        <translation>Ajouter un LSTM peephole</translation>
    </message>
    <message>
        <source>Race a fourth network: an LSTM whose gates also look at its cell state, with the same width or number of weights as the others</source>
        <translation>Faire courir un quatrième réseau&#xa0;: un LSTM dont les portes regardent aussi son état de cellule, de même largeur ou avec le même nombre de poids que les autres</translation>
    </message>
</context>
<context>
    <name>app::GradientLabFlows</name>
    <message>
        <source>Show layer:</source>
        <translation>Afficher la couche&#xa0;:</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>The layer whose gradients the charts show: layer 1 reads the input, the last one feeds the output</source>
        <translation>La couche dont les graphiques montrent les gradients&#xa0;: la couche 1 lit l’entrée, la dernière alimente la sortie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖, ‖∂L/∂c&lt;sub&gt;t&lt;/sub&gt;‖ dashed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖, ‖∂L/∂c&lt;sub&gt;t&lt;/sub&gt;‖ en pointillés</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖</translation>
    </message>
</context>
<context>
    <name>app::GradientLabGuide</name>
    <message>
        <source>What the control you changed last does, and what to look for now</source>
        <translation>Ce que fait le dernier réglage que vous avez modifié, et ce qu’il faut observer maintenant</translation>
    </message>
    <message>
        <source>Look for now:</source>
        <translation>À observer maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>La tâche</translation>
    </message>
    <message>
        <source>Both tasks hide what matters far back in the sequence. In the adding problem two numbers are marked early on and the answer at the end is their sum; in temporal order the answer is the order of two early symbols.</source>
        <translation>Les deux tâches cachent ce qui compte loin en arrière dans la séquence. Dans le problème de l’addition, deux nombres sont marqués au début et la réponse, à la fin, est leur somme&#xa0;; dans l’ordre temporel, la réponse est l’ordre de deux symboles placés au début.</translation>
    </message>
    <message>
        <source>A network can only learn this if the gradient from the last step still reaches the marked steps: watch the left end of each chart.</source>
        <translation>Un réseau ne peut apprendre cela que si le gradient issu du dernier pas atteint encore les pas marqués&#xa0;: regardez l’extrémité gauche de chaque graphique.</translation>
    </message>
    <message>
        <source>The lag</source>
        <translation>Le décalage</translation>
    </message>
    <message>
        <source>The lag is how many steps lie between the inputs that matter and the moment the answer is asked for. Every extra step is one more multiplication the gradient has to survive on its way back.</source>
        <translation>Le décalage est le nombre de pas qui séparent les entrées importantes du moment où la réponse est demandée. Chaque pas de plus est une multiplication de plus à laquelle le gradient doit survivre en remontant.</translation>
    </message>
    <message>
        <source>Let go of the slider to race again. At a short lag all of them learn; at a long one the RNN&apos;s loss stays flat at guessing level while the LSTM&apos;s still falls, and the RNN&apos;s chart drops further towards t = 1.</source>
        <translation>Relâchez le curseur pour relancer la course. Avec un décalage court, tous apprennent&#xa0;; avec un décalage long, la perte du RNN reste plate au niveau du hasard tandis que celle du LSTM diminue encore, et le graphique du RNN plonge davantage vers t = 1.</translation>
    </message>
    <message>
        <source>Same size or same number of weights</source>
        <translation>Même taille ou même nombre de poids</translation>
    </message>
    <message>
        <source>With the same hidden size an LSTM has about four times the weights of the RNN (it has four gates), so it could win just by being bigger. With the same number of weights the RNN and the GRU get wider instead, and a win is down to how the cell is built, not to its size.</source>
        <translation>À taille d’état caché égale, un LSTM a environ quatre fois plus de poids que le RNN (il a quatre portes)&#xa0;: il pourrait donc gagner simplement parce qu’il est plus gros. À nombre de poids égal, ce sont au contraire le RNN et le GRU qui deviennent plus larges, et une victoire tient alors à la façon dont la cellule est construite, pas à sa taille.</translation>
    </message>
    <message>
        <source>Race both ways. If the much wider RNN still loses, size was not the problem: the path of the gradient back through time is.</source>
        <translation>Lancez la course dans les deux cas. Si le RNN, bien plus large, perd quand même, le problème n’était pas la taille&#xa0;: c’est le chemin du gradient en arrière dans le temps.</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Taille de l’état caché</translation>
    </message>
    <message>
        <source>The hidden size is how many numbers a network keeps as its memory from step to step. More units can remember more, but they do not stop the gradient from fading: that depends on how the memory is updated, not on how big it is.</source>
        <translation>La taille de l’état caché, c’est la quantité de nombres qu’un réseau garde en mémoire d’un pas à l’autre. Plus d’unités peuvent retenir davantage, mais elles n’empêchent pas le gradient de s’affaiblir&#xa0;: cela dépend de la façon dont la mémoire est mise à jour, pas de sa taille.</translation>
    </message>
    <message>
        <source>Make it larger and race again: the RNN&apos;s curve still falls by orders of magnitude.</source>
        <translation>Augmentez-la et relancez la course&#xa0;: la courbe du RNN chute toujours de plusieurs ordres de grandeur.</translation>
    </message>
    <message>
        <source>Stacked layers</source>
        <translation>Couches empilées</translation>
    </message>
    <message>
        <source>With more layers, each layer reads the outputs of the one below at every step. The gradient can now fade in two directions: back through time, and down through the stack.</source>
        <translation>Avec plusieurs couches, chaque couche lit à chaque pas les sorties de celle du dessous. Le gradient peut alors s’affaiblir dans deux directions&#xa0;: en arrière dans le temps, et vers le bas à travers la pile de couches.</translation>
    </message>
    <message>
        <source>After the next race, choose a layer with “Show layer” above the charts. Layer 1, the one reading the input, is furthest from the loss: its gradients are often the weakest.</source>
        <translation>Après la prochaine course, choisissez une couche avec «&#xa0;Afficher la couche&#xa0;» au-dessus des graphiques. La couche 1, celle qui lit l’entrée, est la plus éloignée de la perte&#xa0;: ses gradients sont souvent les plus faibles.</translation>
    </message>
    <message>
        <source>Which layer the charts show</source>
        <translation>La couche montrée par les graphiques</translation>
    </message>
    <message>
        <source>Each chart now draws the gradient reaching the chosen layer. Layer 1 reads the input; the last layer is the one next to the output.</source>
        <translation>Chaque graphique trace maintenant le gradient qui atteint la couche choisie. La couche 1 lit l’entrée&#xa0;; la dernière couche est celle qui est juste avant la sortie.</translation>
    </message>
    <message>
        <source>Compare the layers: if a lower layer&apos;s curve lies below the upper one&apos;s, the gradient also shrinks on its way down the stack.</source>
        <translation>Comparez les couches&#xa0;: si la courbe d’une couche inférieure passe sous celle de la couche supérieure, le gradient diminue aussi en descendant la pile de couches.</translation>
    </message>
    <message>
        <source>The peephole LSTM</source>
        <translation>Le LSTM peephole</translation>
    </message>
    <message>
        <source>A peephole LSTM lets its gates look at the cell state itself, not only at the input and the last output. It was added to the LSTM for tasks that need precise timing. It races as a fourth runner, sized like the others.</source>
        <translation>Un LSTM peephole laisse ses portes regarder l’état de cellule lui-même, et pas seulement l’entrée et la dernière sortie. Ce mécanisme a été ajouté au LSTM pour les tâches qui demandent un minutage précis. Il court comme quatrième concurrent, avec une taille comparable à celle des autres.</translation>
    </message>
    <message>
        <source>On these tasks it usually stays close to the plain LSTM: the cell state, not the peepholes, is what carries the gradient back.</source>
        <translation>Sur ces tâches, il reste en général proche du LSTM simple&#xa0;: c’est l’état de cellule, et non les peepholes, qui ramène le gradient en arrière.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>An epoch is one pass over all the training sequences. More epochs give a network more time, but if no gradient reaches the early inputs, more time does not help.</source>
        <translation>Une époque est un passage sur toutes les séquences d’entraînement. Plus d’époques laissent plus de temps au réseau, mais si aucun gradient n’atteint les premières entrées, ce temps en plus ne sert à rien.</translation>
    </message>
    <message>
        <source>In the loss chart: is a curve still falling at the end, or flat?</source>
        <translation>Dans le graphique de la perte&#xa0;: une courbe descend-elle encore à la fin, ou est-elle plate&#xa0;?</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>Écrêtage du gradient</translation>
    </message>
    <message>
        <source>When the gradient&apos;s total size is above the threshold, clipping scales it down to the threshold before the weights change. It stops exploding gradients from throwing the weights far away; it cannot make a vanished gradient bigger again. A lower threshold means smaller, safer, slower steps.</source>
        <translation>Quand la taille totale du gradient dépasse le seuil, l’écrêtage le ramène au seuil avant que les poids ne changent. Il empêche un gradient qui explose d’envoyer les poids très loin&#xa0;; il ne peut pas faire regrandir un gradient qui a disparu. Un seuil plus bas donne des mises à jour plus petites, plus sûres et plus lentes.</translation>
    </message>
    <message>
        <source>Turn clipping off, set the recurrent weight scale above 1 or choose ReLU, and race again: the RNN&apos;s loss may jump or stop being a number, and its chart climbs towards t = 1 instead of falling.</source>
        <translation>Désactivez l’écrêtage, réglez l’échelle des poids récurrents au-dessus de 1 ou choisissez ReLU, puis relancez la course&#xa0;: la perte du RNN peut faire des bonds ou cesser d’être un nombre, et son graphique monte vers t = 1 au lieu de descendre.</translation>
    </message>
    <message>
        <source>The RNN&apos;s activation</source>
        <translation>L’activation du RNN</translation>
    </message>
    <message>
        <source>tanh squashes every value into −1 … 1 and its slope is at most 1, so each step back can only shrink the gradient (apart from the weights). ReLU does not squash positive values: its slope is 1 or 0, so the gradient can grow as easily as it shrinks.</source>
        <translation>tanh écrase chaque valeur dans −1 … 1 et sa pente vaut au plus 1&#xa0;: chaque pas en arrière ne peut donc que réduire le gradient (si l’on met les poids à part). ReLU n’écrase pas les valeurs positives&#xa0;: sa pente vaut 1 ou 0, si bien que le gradient peut grandir aussi facilement qu’il diminue.</translation>
    </message>
    <message>
        <source>With ReLU the RNN&apos;s curve may bend upwards (exploding) instead of down; watch its loss for spikes and keep clipping on.</source>
        <translation>Avec ReLU, la courbe du RNN peut s’incurver vers le haut (explosion) au lieu de descendre&#xa0;; surveillez les pics de sa perte et laissez l’écrêtage activé.</translation>
    </message>
    <message>
        <source>The recurrent weight scale</source>
        <translation>L’échelle des poids récurrents</translation>
    </message>
    <message>
        <source>This multiplies the weights from one step&apos;s state to the next at the start of training. Going back one step multiplies the gradient by these weights; going back 50 steps does it 50 times. If that shrinks it a little each time, it vanishes; if it grows it, it explodes.</source>
        <translation>Ce réglage multiplie, au début de l’entraînement, les poids qui relient l’état d’un pas à celui du pas suivant. Remonter d’un pas multiplie le gradient par ces poids&#xa0;; remonter de 50 pas le fait 50 fois. Si cela le réduit un peu à chaque fois, il disparaît&#xa0;; si cela l’agrandit, il explose.</translation>
    </message>
    <message>
        <source>Try 0.5 and then 2: the RNN&apos;s chart turns steeply down, or up. The LSTM minds much less: its cell state is not multiplied by these weights.</source>
        <translation>Essayez 0,5 puis 2&#xa0;: le graphique du RNN plonge fortement, ou remonte fortement. Le LSTM y est bien moins sensible&#xa0;: son état de cellule n’est pas multiplié par ces poids.</translation>
    </message>
    <message>
        <source>The forget-gate bias</source>
        <translation>Le biais de la porte d’oubli</translation>
    </message>
    <message>
        <source>The forget gate f decides how much of its cell state an LSTM keeps at each step: f = 1 keeps everything, f = 0 forgets everything. A positive bias starts the gate almost open (a bias of 3 gives f ≈ 0.95), so the LSTM remembers from the first epoch on.</source>
        <translation>La porte d’oubli f décide quelle part de son état de cellule un LSTM garde à chaque pas&#xa0;: f = 1 garde tout, f = 0 oublie tout. Un biais positif fait démarrer la porte presque ouverte (un biais de 3 donne f ≈ 0,95)&#xa0;: le LSTM se souvient ainsi dès la première époque.</translation>
    </message>
    <message>
        <source>Set it to 2 or 3 and race again: the LSTM&apos;s dashed ‖∂L/∂c_t‖ curve flattens and its loss falls sooner. Only the LSTMs have this gate.</source>
        <translation>Réglez-le sur 2 ou 3 et relancez la course&#xa0;: la courbe en pointillés ‖∂L/∂c_t‖ du LSTM s’aplatit et sa perte diminue plus tôt. Seuls les LSTM ont cette porte.</translation>
    </message>
    <message>
        <source>Truncated backpropagation through time</source>
        <translation>Rétropropagation dans le temps tronquée</translation>
    </message>
    <message>
        <source>Truncation carries the gradient back at most this many steps; further back it is cut to zero. Training gets cheaper, but no network can learn to use an input that lies beyond the cut.</source>
        <translation>La troncature ne propage le gradient en arrière que sur ce nombre de pas au plus&#xa0;; plus loin, il est mis à zéro. L’entraînement coûte moins cher, mais aucun réseau ne peut apprendre à utiliser une entrée située au-delà de la coupure.</translation>
    </message>
    <message>
        <source>Set it below the lag and race again: every loss stays at guessing level, even the LSTM&apos;s.</source>
        <translation>Réglez-la en dessous du décalage et relancez la course&#xa0;: toutes les pertes restent au niveau du hasard, même celle du LSTM.</translation>
    </message>
    <message>
        <source>The forget gate held at 1</source>
        <translation>La porte d’oubli maintenue à 1</translation>
    </message>
    <message>
        <source>With f held at 1 the LSTM&apos;s cell state keeps everything it was ever given, and the gradient flows back along it without shrinking at all. This is the “constant error carousel” of the first LSTM, which had no forget gate.</source>
        <translation>Avec f maintenu à 1, l’état de cellule du LSTM garde tout ce qu’il a jamais reçu, et le gradient remonte le long de cet état sans diminuer du tout. C’est le «&#xa0;carrousel d’erreur constante&#xa0;» du premier LSTM, qui n’avait pas de porte d’oubli.</translation>
    </message>
    <message>
        <source>The LSTM&apos;s dashed curve should be flat. The price: it can never forget, so on long sequences its cell state keeps growing.</source>
        <translation>La courbe en pointillés du LSTM devrait être plate. Le prix à payer&#xa0;: il ne peut jamais oublier, donc sur de longues séquences son état de cellule ne cesse de grandir.</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: at the first step the gradient is %2 of its size at the last; validation %3: %4.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;&#xa0;: au premier pas, le gradient vaut %2 fois sa norme au dernier pas&#xa0;; validation (%3)&#xa0;: %4.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>The last race, layer %1 of %2</source>
        <translation>La dernière course, couche %1 sur %2</translation>
    </message>
    <message>
        <source>The last race</source>
        <translation>La dernière course</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why does the RNN forget?&lt;/h3&gt;&lt;p&gt;Each chart below shows how strongly the loss at the last step pulls on the hidden state h&lt;sub&gt;t&lt;/sub&gt; at every earlier step t. Learning that an early input matters needs that pull.&lt;/p&gt;&lt;p&gt;In a plain RNN the pull is multiplied by the recurrent weights and the tanh slope at every step back, so it shrinks geometrically: its curve falls by orders of magnitude towards t = 1. This is the &lt;i&gt;vanishing gradient&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;The LSTM&apos;s cell state is updated by addition, gated by the forget gate: when f ≈ 1 the gradient flows back almost unchanged (the dashed ‖∂L/∂c&lt;sub&gt;t&lt;/sub&gt;‖ curve), so its curve stays within an order or two. The GRU&apos;s update gate can do the same, once it has learnt to hold its state.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try:&lt;/b&gt; change one control at a time; this guide then says what it does and what to look for.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pourquoi le RNN oublie-t-il&#xa0;?&lt;/h3&gt;&lt;p&gt;Chaque graphique ci-dessous montre avec quelle force la perte au dernier pas tire sur l’état caché h&lt;sub&gt;t&lt;/sub&gt; à chaque pas t antérieur. Pour apprendre qu’une entrée ancienne compte, il faut cette traction.&lt;/p&gt;&lt;p&gt;Dans un RNN simple, la traction est multipliée par les poids récurrents et par la pente de tanh à chaque pas en arrière&#xa0;: elle diminue donc géométriquement, et sa courbe chute de plusieurs ordres de grandeur vers t = 1. C’est la &lt;i&gt;disparition du gradient&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;L’état de cellule du LSTM est mis à jour par addition, sous le contrôle de la porte d’oubli&#xa0;: quand f ≈ 1, le gradient remonte presque inchangé (la courbe en pointillés ‖∂L/∂c&lt;sub&gt;t&lt;/sub&gt;‖), et sa courbe reste à un ou deux ordres de grandeur près. La porte de mise à jour du GRU peut faire de même, une fois qu’elle a appris à conserver son état.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À essayer&#xa0;:&lt;/b&gt; modifiez un seul réglage à la fois&#xa0;; ce guide indique alors ce qu’il fait et ce qu’il faut observer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::HeatmapBlock</name>
    <message>
        <source>input gate</source>
        <translation>porte d’entrée</translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation>porte d’oubli</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>porte de sortie</translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation>porte de réinitialisation</translation>
    </message>
    <message>
        <source>update gate</source>
        <translation>porte de mise à jour</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>état de cellule</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>état caché</translation>
    </message>
</context>
<context>
    <name>app::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>app::LayerTrainingEditor</name>
    <message>
        <source>Frozen</source>
        <translation>Figée</translation>
    </message>
    <message>
        <source>Frozen weights get no update (their gradient is still computed): keep what a trained layer knows while the rest learns. Can be changed while training runs.</source>
        <translation>Les poids figés ne sont pas mis à jour (leur gradient est tout de même calculé)&#xa0;: une couche entraînée garde ce qu’elle sait pendant que le reste apprend. Modifiable pendant l’entraînement.</translation>
    </message>
    <message>
        <source>This layer&apos;s learning rate as a multiple of the run&apos;s: 0.1 lets a trained layer move ten times slower than new ones.</source>
        <translation>Le taux d’apprentissage de cette couche, en multiple de celui de l’entraînement&#xa0;: 0,1 fait évoluer une couche entraînée dix fois moins vite que les nouvelles.</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Apprentissage par transfert</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
</context>
<context>
    <name>app::LessonPanel</name>
    <message>
        <source>Choose this answer, then press Check</source>
        <translation>Choisissez cette réponse, puis appuyez sur Vérifier</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ Bonne réponse.</translation>
    </message>
    <message>
        <source>✘ Not quite: the answer is “%1”.</source>
        <translation>✘ Pas tout à fait&#xa0;: la réponse est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>See whether the chosen answer is right, and why</source>
        <translation>Voir si la réponse choisie est juste, et pourquoi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The previous step (Ctrl+Left or Page Up)</source>
        <translation>L’étape précédente (Ctrl+Flèche gauche ou Pg Préc)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>End the lesson: the panels and controls come back</source>
        <translation>Terminer la leçon&#xa0;: les panneaux et les commandes sont rétablis</translation>
    </message>
    <message>
        <source>The next step (Ctrl+Right or Page Down)</source>
        <translation>L’étape suivante (Ctrl+Flèche droite ou Pg Suiv)</translation>
    </message>
    <message>
        <source>What this step of the lesson explains</source>
        <translation>Ce qu’explique cette étape de la leçon</translation>
    </message>
</context>
<context>
    <name>app::LessonsMenu</name>
    <message>
        <source>Open Lesson &amp;File…</source>
        <translation>Ouvrir un &amp;fichier de leçon…</translation>
    </message>
    <message>
        <source>Open a lesson written by a teacher (a .lstmlesson file)</source>
        <translation>Ouvrir une leçon écrite par un enseignant (fichier .lstmlesson)</translation>
    </message>
</context>
<context>
    <name>app::LossChart</name>
    <message>
        <source>Training loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <source>Validation loss (epoch)</source>
        <translation>Perte de validation (par époque)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>The loss appears here as the model trains.</source>
        <translation>La perte s’affiche ici pendant l’entraînement du modèle.</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>LSTM Studio</source>
        <translation>LSTM Studio</translation>
    </message>
    <message>
        <source>Stop Training?</source>
        <translation>Arrêter l’entraînement&#xa0;?</translation>
    </message>
    <message>
        <source>Training is running. Stop it and lose the weights it has trained?</source>
        <translation>Un entraînement est en cours. Voulez-vous l’arrêter et perdre les poids qu’il a appris&#xa0;?</translation>
    </message>
    <message>
        <source>About LSTM Studio</source>
        <translation>À propos de LSTM Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LSTM Studio %1&lt;/h3&gt;&lt;p&gt;A lab for teaching and learning recurrent neural networks: build RNN, LSTM and GRU networks, train them on sequence tasks and watch what they learn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; The synthetic tasks generate their sequences from a seed. The datasets of the other tasks come from public sources, each used under its own licence; their origins and attributions are listed with the application&apos;s data resources.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LSTM Studio %1&lt;/h3&gt;&lt;p&gt;Un laboratoire pour enseigner et apprendre les réseaux de neurones récurrents&#xa0;: construisez des réseaux RNN, LSTM et GRU, entraînez-les sur des tâches de séquences et observez ce qu’ils apprennent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Données.&lt;/b&gt; Les tâches synthétiques génèrent leurs séquences à partir d’une graine. Les jeux de données des autres tâches proviennent de sources publiques, chacun utilisé selon sa propre licence&#xa0;; leurs origines et leurs attributions sont indiquées avec les ressources de données de l’application.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 et Eigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not make the task “%1”.</source>
        <translation>Impossible de créer la tâche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>These training settings cannot be used.</source>
        <translation>Ces réglages d’entraînement ne peuvent pas être utilisés.</translation>
    </message>
    <message>
        <source>Unsaved Session</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message>
        <source>The session has changes that are not saved. Save them?</source>
        <translation>La session contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>%1;;LSTM Studio models (*.json)</source>
        <translation>%1;;Modèles LSTM Studio (*.json)</translation>
    </message>
    <message>
        <source>Vanishing-Gradient Lab</source>
        <translation>Laboratoire de la disparition du gradient</translation>
    </message>
    <message>
        <source>Could not restore the autosaved session “%1”.</source>
        <translation>Impossible de restaurer la session enregistrée automatiquement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not discard the autosaved session “%1”.</source>
        <translation>Impossible de supprimer la session enregistrée automatiquement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Show or hide the main toolbar</source>
        <translation>Afficher ou masquer la barre d’outils principale</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>LSTM Studio lessons (*.%1)</source>
        <translation>Leçons LSTM Studio (*.%1)</translation>
    </message>
</context>
<context>
    <name>app::NetworkDocument</name>
    <message>
        <source>there is no such block</source>
        <translation>ce bloc n’existe pas</translation>
    </message>
    <message>
        <source>%1 has no such output port</source>
        <translation>le bloc %1 n’a pas ce port de sortie</translation>
    </message>
    <message>
        <source>%1 has no such input port</source>
        <translation>le bloc %1 n’a pas ce port d’entrée</translation>
    </message>
    <message>
        <source>a block cannot feed itself</source>
        <translation>un bloc ne peut pas s’alimenter lui-même</translation>
    </message>
    <message>
        <source>the “%1” port takes one wire and has one already</source>
        <translation>le port «&#xa0;%1&#xa0;» n’accepte qu’une connexion et en a déjà une</translation>
    </message>
</context>
<context>
    <name>app::NetworkScene</name>
    <message>
        <source>Editing is locked while training runs.</source>
        <translation>La modification est verrouillée pendant l’entraînement.</translation>
    </message>
    <message>
        <source>A wire runs from an output port (on a block&apos;s right) to an input port (on a block&apos;s left).</source>
        <translation>Une connexion va d’un port de sortie (à droite d’un bloc) à un port d’entrée (à gauche d’un bloc).</translation>
    </message>
    <message>
        <source>Cannot connect: %1.</source>
        <translation>Connexion impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Move blocks</source>
        <translation>Déplacer les blocs</translation>
    </message>
</context>
<context>
    <name>app::NetworkView</name>
    <message>
        <source>The network: drag blocks here from the palette, drag from a port to a port to wire them. Ctrl+wheel zooms, middle-drag or Space+drag pans.</source>
        <translation>Le réseau&#xa0;: faites glisser des blocs ici depuis la palette, puis d’un port à un autre pour les connecter. Ctrl+molette pour zoomer, glisser avec le bouton du milieu ou Espace+glisser pour se déplacer.</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>Canevas du réseau</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Show the network larger</source>
        <translation>Afficher le réseau en plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Show more of the network</source>
        <translation>Afficher une plus grande partie du réseau</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>A&amp;juster à la vue</translation>
    </message>
    <message>
        <source>Zoom so the whole network shows</source>
        <translation>Zoomer pour afficher le réseau en entier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every block</source>
        <translation>Sélectionner tous les blocs</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected blocks and wires</source>
        <translation>Retirer les blocs et les connexions sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected blocks</source>
        <translation>Copier les blocs sélectionnés</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Copy the selected blocks and remove them</source>
        <translation>Copier les blocs sélectionnés et les retirer</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Add the copied blocks to the network</source>
        <translation>Ajouter les blocs copiés au réseau</translation>
    </message>
    <message>
        <source>&amp;Tidy Layout</source>
        <translation>Ranger la &amp;disposition</translation>
    </message>
    <message>
        <source>Arrange the blocks left to right, in layers</source>
        <translation>Disposer les blocs de gauche à droite, par couches</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Editing is locked while training runs.</source>
        <translation>La modification est verrouillée pendant l’entraînement.</translation>
    </message>
    <message>
        <source>The clipboard holds no blocks to paste.</source>
        <translation>Le presse-papiers ne contient aucun bloc à coller.</translation>
    </message>
    <message>
        <source>Tidy the layout</source>
        <translation>Ranger la disposition</translation>
    </message>
    <message>
        <source>Drag blocks here from the palette, or start from a template.</source>
        <translation>Faites glisser des blocs ici depuis la palette, ou partez d’un réseau type.</translation>
    </message>
    <message>
        <source>Editing is locked while training runs</source>
        <translation>La modification est verrouillée pendant l’entraînement</translation>
    </message>
</context>
<context>
    <name>app::NetworkViews</name>
    <message>
        <source>This task has no output view.</source>
        <translation>Cette tâche n’a pas de vue de sortie.</translation>
    </message>
</context>
<context>
    <name>app::OutputPanel</name>
    <message>
        <source>This task has no output view.</source>
        <translation>Cette tâche n’a pas de vue de sortie.</translation>
    </message>
    <message>
        <source>No task.</source>
        <translation>Aucune tâche.</translation>
    </message>
</context>
<context>
    <name>app::OutputViewFactory</name>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>Texte généré</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Gesture pad</source>
        <translation>Zone de dessin des gestes</translation>
    </message>
</context>
<context>
    <name>app::PortConnections</name>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>What feeds the “%1” input; choose another block&apos;s output to rewire it</source>
        <translation>Ce qui alimente l’entrée «&#xa0;%1&#xa0;»&#xa0;; choisissez la sortie d’un autre bloc pour la reconnecter</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1 depuis&#xa0;:</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <source>Rewire input</source>
        <translation>Reconnecter l’entrée</translation>
    </message>
</context>
<context>
    <name>app::ProjectorMode</name>
    <message>
        <source>Projector mode: ←/→ time step, ↑/↓ unit, Space next lesson step; F5 to leave</source>
        <translation>Mode projecteur&#xa0;: ←/→ pas de temps, ↑/↓ unité, Espace étape suivante de la leçon&#xa0;; F5 pour en sortir</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>Mode &amp;projecteur</translation>
    </message>
    <message>
        <source>Large lettering, thick lines, high contrast and only the views, for teaching from a projector: arrows step through time and units, Space through the lesson</source>
        <translation>Grands caractères, traits épais, fort contraste et seulement les vues, pour enseigner au vidéoprojecteur&#xa0;: les flèches parcourent le temps et les unités, Espace les étapes de la leçon</translation>
    </message>
</context>
<context>
    <name>app::RaceChart</name>
    <message>
        <source>Step</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
</context>
<context>
    <name>app::RecentFilesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer la liste des fichiers récents</translation>
    </message>
    <message>
        <source>Forget the files opened recently</source>
        <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
</context>
<context>
    <name>app::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>LSTM Studio did not close cleanly last time. These sessions were autosaved and can be restored:</source>
        <translation>LSTM Studio ne s’est pas fermé correctement la dernière fois. Ces sessions ont été enregistrées automatiquement et peuvent être restaurées&#xa0;:</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistrée</translation>
    </message>
    <message>
        <source>%1 — autosaved %2 (%3)
%4</source>
        <translation>%1 — enregistrée automatiquement le %2 (%3)
%4</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Open the selected session as it was autosaved</source>
        <translation>Ouvrir la session choisie telle qu’elle a été enregistrée automatiquement</translation>
    </message>
    <message>
        <source>Delete the selected autosave for good</source>
        <translation>Supprimer définitivement l’enregistrement automatique choisi</translation>
    </message>
    <message>
        <source>Keep the autosaves; they are offered again at the next start</source>
        <translation>Garder les enregistrements automatiques&#xa0;; ils seront proposés de nouveau au prochain démarrage</translation>
    </message>
    <message>
        <source>Discard Autosave?</source>
        <translation>Supprimer l’enregistrement automatique&#xa0;?</translation>
    </message>
    <message>
        <source>The autosaved session will be deleted and cannot be recovered. Discard it?</source>
        <translation>La session enregistrée automatiquement sera supprimée et ne pourra pas être récupérée. La supprimer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>app::RunActions</name>
    <message>
        <source>Training cannot start.</source>
        <translation>L’entraînement ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement en cours…</translation>
    </message>
    <message>
        <source>The network cannot be trained: %1</source>
        <translation>Le réseau ne peut pas être entraîné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>Entraînement terminé.</translation>
    </message>
    <message>
        <source>Training stopped; the network keeps the weights trained.</source>
        <translation>Entraînement arrêté&#xa0;; le réseau conserve les poids appris.</translation>
    </message>
    <message>
        <source>Training stopped on an error.</source>
        <translation>L’entraînement a été interrompu par une erreur.</translation>
    </message>
    <message>
        <source>Training Diverged</source>
        <translation>Divergence de l’entraînement</translation>
    </message>
    <message>
        <source>The training diverged and is held.</source>
        <translation>L’entraînement a divergé et est suspendu.</translation>
    </message>
    <message>
        <source>%1

Roll back to the last good weights (and perhaps lower the learning rate), or start again from the first weights?</source>
        <translation>%1

Revenir aux derniers poids valides (et peut-être baisser le taux d’apprentissage), ou repartir des poids initiaux&#xa0;?</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Reset Weights</source>
        <translation>Réinitialiser les poids</translation>
    </message>
    <message>
        <source>Keep Held</source>
        <translation>Rester en suspens</translation>
    </message>
</context>
<context>
    <name>app::SessionExports</name>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le schéma</translation>
    </message>
    <message>
        <source>network.png</source>
        <translation>reseau.png</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not export the diagram.</source>
        <translation>Impossible d’exporter le schéma.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>This network cannot be exported to PyTorch.</source>
        <translation>Ce réseau ne peut pas être exporté vers PyTorch.</translation>
    </message>
    <message>
        <source>Export Weights for PyTorch</source>
        <translation>Exporter les poids pour PyTorch</translation>
    </message>
    <message>
        <source>Could not export the weights for PyTorch.</source>
        <translation>Impossible d’exporter les poids pour PyTorch.</translation>
    </message>
    <message>
        <source>Wrote model.py and weights.json in %1</source>
        <translation>model.py et weights.json écrits dans %1</translation>
    </message>
    <message>
        <source>There is no training history to export yet.</source>
        <translation>Il n’y a pas encore d’historique d’entraînement à exporter.</translation>
    </message>
    <message>
        <source>Train the network first.</source>
        <translation>Entraînez d’abord le réseau.</translation>
    </message>
    <message>
        <source>Export Training History</source>
        <translation>Exporter l’historique d’entraînement</translation>
    </message>
    <message>
        <source>Could not export the training history.</source>
        <translation>Impossible d’exporter l’historique d’entraînement.</translation>
    </message>
    <message>
        <source>Wrote epochs.csv and events.csv in %1</source>
        <translation>epochs.csv et events.csv écrits dans %1</translation>
    </message>
</context>
<context>
    <name>app::SessionFiles</name>
    <message>
        <source>LSTM Studio sessions (*.%1)</source>
        <translation>Sessions LSTM Studio (*.%1)</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Modèle ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened a copy of %1</source>
        <translation>Copie de %1 ouverte</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Modèle enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>session.%1</source>
        <translation>session.%1</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Enregistrer la session sous</translation>
    </message>
</context>
<context>
    <name>app::SpeechAudioPanel</name>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Record a digit</source>
        <translation>Enregistrer un chiffre</translation>
    </message>
    <message>
        <source>Open a WAV file…</source>
        <translation>Ouvrir un fichier WAV…</translation>
    </message>
    <message>
        <source>The digit the network hears, or what is wrong with the sound</source>
        <translation>Le chiffre que le réseau entend, ou le problème du son</translation>
    </message>
    <message>
        <source>Read a spoken digit from a WAV file (mono PCM, 8–48 kHz, under 10 s) and see which digit the network hears</source>
        <translation>Lire un chiffre parlé dans un fichier WAV (PCM mono, 8–48&#xa0;kHz, moins de 10&#xa0;s) et voir quel chiffre le réseau entend</translation>
    </message>
    <message>
        <source>Play the probe&apos;s clip</source>
        <translation>Écouter l’extrait de la séquence sonde</translation>
    </message>
    <message>
        <source>Say one digit into the microphone (at most 2 seconds; click again to stop) and see which the network hears</source>
        <translation>Dire un chiffre dans le microphone (2 secondes au plus&#xa0;; cliquer à nouveau pour arrêter) et voir lequel le réseau entend</translation>
    </message>
    <message>
        <source>The recording</source>
        <translation>L’enregistrement</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Listening… say one digit.</source>
        <translation>À l’écoute… dites un chiffre.</translation>
    </message>
    <message>
        <source>Open a spoken digit</source>
        <translation>Ouvrir un chiffre parlé</translation>
    </message>
    <message>
        <source>WAV sound (*.wav);;Any file (*)</source>
        <translation>Son WAV (*.wav);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2 s of speech; no network to guess it yet</source>
        <translation>%1&#xa0;: %2&#xa0;s de parole&#xa0;; pas encore de réseau pour le reconnaître</translation>
    </message>
    <message>
        <source>The network hears %1 (%2%)</source>
        <translation>Le réseau entend %1 (%2&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>app::SpeechBinding</name>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Show or hide the “%1” panel: play the probe&apos;s sound, record a digit or open a WAV file and see the network&apos;s guess</source>
        <translation>Afficher ou masquer le panneau «&#xa0;%1&#xa0;»&#xa0;: écouter le son de la séquence sondée, enregistrer un chiffre ou ouvrir un fichier WAV et voir ce que le réseau entend</translation>
    </message>
</context>
<context>
    <name>app::StepArithmeticView</name>
    <message>
        <source>Click a term to see which inputs contributed most to it</source>
        <translation>Cliquez sur un terme pour voir quelles entrées y ont le plus contribué</translation>
    </message>
    <message>
        <source>Unit %1 or step %2 is not in the trace.</source>
        <translation>L’unité %1 ou le pas %2 ne figure pas dans la trace.</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;✓ as traced</source>
        <translation>&amp;nbsp;&amp;nbsp;✓ conforme à la trace</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;≠ traced %1 (other weights?)</source>
        <translation>&amp;nbsp;&amp;nbsp;≠ valeur de la trace %1 (autres poids&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 = %2 is a single number, not a sum of products.</source>
        <translation>%1 = %2 est un nombre unique, pas une somme de produits.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest products in %1&lt;/b&gt; = %2:</source>
        <translation>&lt;b&gt;Plus grands produits dans %1&lt;/b&gt; = %2&#xa0;:</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>unit %1, step %2</source>
        <translation>unité %1, pas %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt; — from the weights; h&lt;sub&gt;t−1&lt;/sub&gt; from the trace</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt; — d’après les poids&#xa0;; h&lt;sub&gt;t−1&lt;/sub&gt; d’après la trace</translation>
    </message>
</context>
<context>
    <name>app::TaskPanel</name>
    <message>
        <source>The task the network learns</source>
        <translation>La tâche que le réseau apprend</translation>
    </message>
    <message>
        <source>Use This Task</source>
        <translation>Utiliser cette tâche</translation>
    </message>
    <message>
        <source>Start a new session on this task, with its recommended network</source>
        <translation>Démarrer une nouvelle session sur cette tâche, avec son réseau recommandé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Solved when:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Résolue quand&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>app::TaskTexts</name>
    <message>
        <source>%1 (end)</source>
        <translation>%1 (fin)</translation>
    </message>
    <message>
        <source>%1 (marked)</source>
        <translation>%1 (marquée)</translation>
    </message>
    <message>
        <source>%1 (start)</source>
        <translation>%1 (début)</translation>
    </message>
    <message>
        <source>(%1, %2) pen down</source>
        <translation>(%1, %2) stylet posé</translation>
    </message>
    <message>
        <source>(%1, %2) pen up</source>
        <translation>(%1, %2) stylet levé</translation>
    </message>
    <message>
        <source>Adding problem (Hochreiter &amp; Schmidhuber %1): add the two marked values of a long sequence of random numbers</source>
        <translation>Problème de l&apos;addition (Hochreiter &amp; Schmidhuber %1) : additionner les deux valeurs marquées d&apos;une longue suite de nombres aléatoires</translation>
    </message>
    <message>
        <source>Character-level language model: predict the next character of Shakespeare (English) or Victor Hugo (French)</source>
        <translation>Modèle de langue caractère par caractère : prédire le caractère suivant de Shakespeare (anglais) ou de Victor Hugo (français)</translation>
    </message>
    <message>
        <source>Copy task (Arjovsky et al. %1): reproduce %2 symbols after a long run of blanks</source>
        <translation>Tâche de copie (Arjovsky et al. %1) : reproduire %2 symboles après une longue suite de blancs</translation>
    </message>
    <message>
        <source>Dates in words to ISO dates (sequence to sequence with attention): &quot;vingt-huit novembre %1&quot; → %2-%3-%4</source>
        <translation>Dates en toutes lettres vers des dates ISO (séquence à séquence avec attention) : « vingt-huit novembre %1 » → %2-%3-%4</translation>
    </message>
    <message>
        <source>Embedded Reber grammar (Cleeremans et al. %1): predict the legal next symbols, remembering which of T or P opened the string</source>
        <translation>Grammaire de Reber imbriquée (Cleeremans et al. %1) : prédire les symboles suivants permis, en se souvenant si la chaîne a commencé par T ou par P</translation>
    </message>
    <message>
        <source>Forecast a US quarterly macro-economic series, %1-%2</source>
        <translation>Prévoir une série macro-économique trimestrielle des États-Unis, %1-%2</translation>
    </message>
    <message>
        <source>Forecast a series from a CSV file of your own (--file PATH --column NAME)</source>
        <translation>Prévoir une série tirée de votre propre fichier CSV (--file CHEMIN --column NOM)</translation>
    </message>
    <message>
        <source>Forecast monthly El Nino (Nino %1+%2) sea-surface temperature, %3-%4</source>
        <translation>Prévoir la température mensuelle de surface de la mer d&apos;El Niño (Niño %1+%2), %3-%4</translation>
    </message>
    <message>
        <source>Forecast monthly euro-area electrical equipment orders index, %1-%2</source>
        <translation>Prévoir l&apos;indice mensuel des commandes d&apos;équipements électriques de la zone euro, %1-%2</translation>
    </message>
    <message>
        <source>Forecast the next value of a sine wave, a sum of three sines, or a noisy sine</source>
        <translation>Prévoir la valeur suivante d&apos;une sinusoïde, d&apos;une somme de trois sinusoïdes ou d&apos;une sinusoïde bruitée</translation>
    </message>
    <message>
        <source>Forecast weekly atmospheric CO2 at Mauna Loa (ppm), %1-%2, gaps interpolated</source>
        <translation>Prévoir le CO2 atmosphérique hebdomadaire au Mauna Loa (ppm), %1-%2, lacunes interpolées</translation>
    </message>
    <message>
        <source>Forecast yearly flow of the Nile at Aswan, %1-%2</source>
        <translation>Prévoir le débit annuel du Nil à Assouan, %1-%2</translation>
    </message>
    <message>
        <source>Forecast yearly sunspot activity, %1-%2</source>
        <translation>Prévoir l&apos;activité solaire annuelle (taches solaires), %1-%2</translation>
    </message>
    <message>
        <source>Gesture recognition: name the shape drawn by pen strokes (dx, dy, pen), from noisy templates and the user&apos;s recordings</source>
        <translation>Reconnaissance de gestes : nommer la forme tracée par des traits de stylet (dx, dy, stylet), à partir de modèles bruités et des enregistrements de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sentiment of review sentences (Kotzias et al. %1): read the words, say positive or negative</source>
        <translation>Sentiment de phrases d&apos;avis (Kotzias et al. %1) : lire les mots, dire positif ou négatif</translation>
    </message>
    <message>
        <source>Temporal order (Hochreiter &amp; Schmidhuber %1): classify a long sequence by the order of the X and Y hidden in it</source>
        <translation>Ordre temporel (Hochreiter &amp; Schmidhuber %1) : classer une longue séquence selon l&apos;ordre des X et Y qui y sont cachés</translation>
    </message>
    <message>
        <source>a gestures file of recorded gestures to add (see GestureFile)</source>
        <translation>un fichier de gestes enregistrés à ajouter (voir GestureFile)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>accuracy of at least %1 on the validation sentences (the majority baseline: %2)</source>
        <translation>exactitude d&apos;au moins %1 sur les phrases de validation (référence de la classe majoritaire : %2)</translation>
    </message>
    <message>
        <source>adding</source>
        <translation>addition</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>always predict the mean, %1 (closed form)</source>
        <translation>toujours prédire la moyenne, %1 (forme close)</translation>
    </message>
    <message>
        <source>always the most frequent training class, circle, with the training class frequencies (computed)</source>
        <translation>toujours la classe la plus fréquente à l&apos;entraînement, cercle, avec les fréquences des classes d&apos;entraînement (calculé)</translation>
    </message>
    <message>
        <source>always the training majority, positive, with its training frequency</source>
        <translation>toujours la majorité de l&apos;entraînement, positif, avec sa fréquence à l&apos;entraînement</translation>
    </message>
    <message>
        <source>amazon</source>
        <translation>amazon</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>flèche</translation>
    </message>
    <message>
        <source>at least %1% of the validation dates exactly right under greedy decoding (the teacher-forced exact match, which is the same)</source>
        <translation>au moins %1 % des dates de validation exactement justes en décodage glouton (la correspondance exacte avec forçage par l&apos;enseignant, qui est la même)</translation>
    </message>
    <message>
        <source>at least %1% of the validation gestures classified right</source>
        <translation>au moins %1 % des gestes de validation bien classés</translation>
    </message>
    <message>
        <source>at most %1 bits per character on the validation text (the unigram baseline: %2)</source>
        <translation>au plus %1 bits par caractère sur le texte de validation (référence des unigrammes : %2)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>bits per character</source>
        <translation>bits par caractère</translation>
    </message>
    <message>
        <source>blanks T between the symbols and their copy (sequences of T+%1 steps)</source>
        <translation>blancs T entre les symboles et leur copie (séquences de T+%1 pas)</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>chance: a uniform guess over the %1 classes</source>
        <translation>hasard : un choix uniforme parmi les %1 classes</translation>
    </message>
    <message>
        <source>characters per sequence</source>
        <translation>caractères par séquence</translation>
    </message>
    <message>
        <source>characters seen fewer times in training are &lt;unk&gt;</source>
        <translation>les caractères vus moins souvent à l&apos;entraînement deviennent &lt;unk&gt;</translation>
    </message>
    <message>
        <source>check</source>
        <translation>coche</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>co2</source>
        <translation>co2</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>copy accuracy</source>
        <translation>exactitude de la copie</translation>
    </message>
    <message>
        <source>cpi</source>
        <translation>cpi</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>croix</translation>
    </message>
    <message>
        <source>csv</source>
        <translation>csv</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>decimal-comma</source>
        <translation>virgule-décimale</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>elec-equip</source>
        <translation>équip-élec</translation>
    </message>
    <message>
        <source>elnino</source>
        <translation>elnino</translation>
    </message>
    <message>
        <source>english</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>eval-size</source>
        <translation>taille-validation</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>correspondance exacte</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>first-year</source>
        <translation>première-année</translation>
    </message>
    <message>
        <source>fraction of strings right</source>
        <translation>part des chaînes justes</translation>
    </message>
    <message>
        <source>fraction |error| &lt; %1</source>
        <translation>part des |erreur| &lt; %1</translation>
    </message>
    <message>
        <source>french</source>
        <translation>français</translation>
    </message>
    <message>
        <source>gestures</source>
        <translation>gestes</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source>imdb</source>
        <translation>imdb</translation>
    </message>
    <message>
        <source>infl</source>
        <translation>infl</translation>
    </message>
    <message>
        <source>input steps the network reads</source>
        <translation>pas d&apos;entrée que lit le réseau</translation>
    </message>
    <message>
        <source>interpolate</source>
        <translation>interpoler</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>décalage</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>last-year</source>
        <translation>dernière-année</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>m1</source>
        <translation>m1</translation>
    </message>
    <message>
        <source>macro</source>
        <translation>macro</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>erreur absolue moyenne</translation>
    </message>
    <message>
        <source>memoryless: blank until the delimiter, then a uniform guess over the %1 symbols</source>
        <translation>sans mémoire : blanc jusqu&apos;au délimiteur, puis un choix uniforme parmi les %1 symboles</translation>
    </message>
    <message>
        <source>min-count</source>
        <translation>occurrences-min</translation>
    </message>
    <message>
        <source>minimal sequence length T (lengths T to T+T/%1)</source>
        <translation>longueur minimale de séquence T (longueurs de T à T+T/%1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <source>mse after warm-up</source>
        <translation>EQM après l&apos;amorçage</translation>
    </message>
    <message>
        <source>multi</source>
        <translation>multi</translation>
    </message>
    <message>
        <source>nile</source>
        <translation>nil</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>noisy</source>
        <translation>bruitée</translation>
    </message>
    <message>
        <source>numbers written %1,%2</source>
        <translation>nombres écrits %1,%2</translation>
    </message>
    <message>
        <source>on at least %1% of the validation strings, every step&apos;s predicted symbols (probability ≥ %2) are exactly the legal next symbols</source>
        <translation>sur au moins %1 % des chaînes de validation, les symboles prédits à chaque pas (probabilité ≥ %2) sont exactement les symboles suivants permis</translation>
    </message>
    <message>
        <source>one row a year, one column a month: read row after row</source>
        <translation>une ligne par an, une colonne par mois : lues ligne après ligne</translation>
    </message>
    <message>
        <source>per-position character frequencies of the training dates (majority string %1-%2-%3, computed)</source>
        <translation>fréquences des caractères par position dans les dates d&apos;entraînement (chaîne majoritaire %1-%2-%3, calculée)</translation>
    </message>
    <message>
        <source>persistence: repeat the last value</source>
        <translation>persistance : répéter la dernière valeur</translation>
    </message>
    <message>
        <source>persistence: repeat the last value (seasonal persistence scores %1)</source>
        <translation>persistance : répéter la dernière valeur (la persistance saisonnière obtient %1)</translation>
    </message>
    <message>
        <source>pop</source>
        <translation>pop</translation>
    </message>
    <message>
        <source>predict each character with its frequency in the training text (unigram entropy, closed form)</source>
        <translation>prédire chaque caractère par sa fréquence dans le texte d&apos;entraînement (entropie des unigrammes, forme close)</translation>
    </message>
    <message>
        <source>realcons</source>
        <translation>realcons</translation>
    </message>
    <message>
        <source>realdpi</source>
        <translation>realdpi</translation>
    </message>
    <message>
        <source>realgdp</source>
        <translation>realgdp</translation>
    </message>
    <message>
        <source>realgovt</source>
        <translation>realgovt</translation>
    </message>
    <message>
        <source>realint</source>
        <translation>realint</translation>
    </message>
    <message>
        <source>realinv</source>
        <translation>realinv</translation>
    </message>
    <message>
        <source>reber</source>
        <translation>reber</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>relevant X/Y symbols (%1 or %2 classes)</source>
        <translation>symboles X/Y pertinents (%1 ou %2 classes)</translation>
    </message>
    <message>
        <source>repeat the last value (measured on the validation split)</source>
        <translation>répéter la dernière valeur (mesuré sur la partie de validation)</translation>
    </message>
    <message>
        <source>season</source>
        <translation>saison</translation>
    </message>
    <message>
        <source>seasonal persistence: the value %1 steps earlier (persistence scores %2)</source>
        <translation>persistance saisonnière : la valeur de %1 pas plus tôt (la persistance obtient %2)</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentiment</translation>
    </message>
    <message>
        <source>sine</source>
        <translation>sinus</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>spirale</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>steps ahead it forecasts</source>
        <translation>pas prévus à l&apos;avance</translation>
    </message>
    <message>
        <source>steps in a season, for the seasonal baseline (%1: none)</source>
        <translation>pas dans une saison, pour la référence saisonnière (%1 : aucune)</translation>
    </message>
    <message>
        <source>steps per sequence</source>
        <translation>pas par séquence</translation>
    </message>
    <message>
        <source>sunspots</source>
        <translation>taches-solaires</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>symboles</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>tbilrate</source>
        <translation>tbilrate</translation>
    </message>
    <message>
        <source>temporal-order</source>
        <translation>ordre-temporel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>le fichier CSV</translation>
    </message>
    <message>
        <source>the earliest year</source>
        <translation>la première année</translation>
    </message>
    <message>
        <source>the field separator (auto: sniffed)</source>
        <translation>le séparateur de champs (auto : deviné)</translation>
    </message>
    <message>
        <source>the grammar without memory: T and P at ½ before the closing T/P</source>
        <translation>la grammaire sans mémoire : T et P à ½ avant le T/P de fin</translation>
    </message>
    <message>
        <source>the language the dates are written in</source>
        <translation>la langue dans laquelle les dates sont écrites</translation>
    </message>
    <message>
        <source>the latest year</source>
        <translation>la dernière année</translation>
    </message>
    <message>
        <source>the reviews: Amazon, IMDb, Yelp or all three</source>
        <translation>les avis : Amazon, IMDb, Yelp ou les trois</translation>
    </message>
    <message>
        <source>the series to forecast</source>
        <translation>la série à prévoir</translation>
    </message>
    <message>
        <source>the signal</source>
        <translation>le signal</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>the value column, by name or %1-based number; none: the first column of numbers</source>
        <translation>la colonne des valeurs, par nom ou numéro (à partir de %1) ; aucune : la première colonne de nombres</translation>
    </message>
    <message>
        <source>train-size</source>
        <translation>taille-entraînement</translation>
    </message>
    <message>
        <source>training sentences (at most the %1% there are)</source>
        <translation>phrases d&apos;entraînement (au plus les %1 % disponibles)</translation>
    </message>
    <message>
        <source>training sequences</source>
        <translation>séquences d&apos;entraînement</translation>
    </message>
    <message>
        <source>training windows (at most what the %1% of the text holds)</source>
        <translation>fenêtres d&apos;entraînement (au plus ce que contiennent les %1 % du texte)</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>unemp</source>
        <translation>unemp</translation>
    </message>
    <message>
        <source>validation MSE after the %1-step warm-up below %2 (a tenth of the repeat-last baseline&apos;s %3)</source>
        <translation>EQM de validation après l&apos;amorçage de %1 pas sous %2 (un dixième des %3 de la référence « répéter la dernière valeur »)</translation>
    </message>
    <message>
        <source>validation accuracy of at least %1 (chance is %2/%3)</source>
        <translation>exactitude de validation d&apos;au moins %1 (le hasard donne %2/%3)</translation>
    </message>
    <message>
        <source>validation cross-entropy below a tenth of the memoryless baseline&apos;s (&lt; %1 nats)</source>
        <translation>entropie croisée de validation sous le dixième de celle de la référence sans mémoire (&lt; %1 nats)</translation>
    </message>
    <message>
        <source>validation mean absolute error at most %1, a tenth below the baseline&apos;s %2 (persistence: repeat the last value (seasonal persistence scores %3))</source>
        <translation>erreur absolue moyenne de validation d&apos;au plus %1, un dixième sous les %2 de la référence (persistance : répéter la dernière valeur (la persistance saisonnière obtient %3))</translation>
    </message>
    <message>
        <source>validation mean absolute error at most %1, a tenth below the baseline&apos;s %2 (persistence: repeat the last value)</source>
        <translation>erreur absolue moyenne de validation d&apos;au plus %1, un dixième sous les %2 de la référence (persistance : répéter la dernière valeur)</translation>
    </message>
    <message>
        <source>validation mean absolute error at most %1, a tenth below the baseline&apos;s %2 (seasonal persistence: the value %3 steps earlier (persistence scores %4))</source>
        <translation>erreur absolue moyenne de validation d&apos;au plus %1, un dixième sous les %2 de la référence (persistance saisonnière : la valeur de %3 pas plus tôt (la persistance obtient %4))</translation>
    </message>
    <message>
        <source>validation sentences, and as many test ones (at most the %1% there are)</source>
        <translation>phrases de validation, et autant de test (au plus les %1 % disponibles)</translation>
    </message>
    <message>
        <source>validation sequences, and as many test ones</source>
        <translation>séquences de validation, et autant de test</translation>
    </message>
    <message>
        <source>validation windows, and as many test ones (at most what the %1% of the text holds)</source>
        <translation>fenêtres de validation, et autant de test (au plus ce que contiennent les %1 % du texte)</translation>
    </message>
    <message>
        <source>what to do with empty cells, NA, NaN</source>
        <translation>que faire des cellules vides, NA, NaN</translation>
    </message>
    <message>
        <source>what to do with the weeks without a measurement</source>
        <translation>que faire des semaines sans mesure</translation>
    </message>
    <message>
        <source>whether the first line names the columns</source>
        <translation>si la première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>large</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>words seen fewer times in training are &lt;unk&gt;</source>
        <translation>les mots vus moins souvent à l&apos;entraînement deviennent &lt;unk&gt;</translation>
    </message>
    <message>
        <source>yelp</source>
        <translation>yelp</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>zigzag</source>
        <translation>zigzag</translation>
    </message>
    <message>
        <source>|error| &lt; %1 on at least %2% of the validation sequences</source>
        <translation>|erreur| &lt; %1 sur au moins %2 % des séquences de validation</translation>
    </message>
    <message>
        <source>adding-gru</source>
        <translation>addition-gru</translation>
    </message>
    <message>
        <source>text-english</source>
        <translation>texte-anglais</translation>
    </message>
    <message>
        <source>text-french</source>
        <translation>texte-français</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>layer %1 (reverse)</source>
        <translation>couche %1 (à l’envers)</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>décodeur</translation>
    </message>
    <message>
        <source>Spoken digits: name the digit %1-%2 said in a clip of synthesized speech (English and French), from its log-mel spectrogram</source>
        <translation>Chiffres parlés&#xa0;: nommer le chiffre (%1-%2) prononcé dans un extrait de parole synthétique (anglais et français), à partir de son spectrogramme log-mel</translation>
    </message>
    <message>
        <source>Recognize the spoken digits %1-%2 (English and French) from log-mel frames</source>
        <translation>Reconnaître les chiffres parlés %1-%2 (anglais et français) à partir de trames log-mel</translation>
    </message>
    <message>
        <source>Recognize the spoken digits %1-%2 (en) from log-mel frames</source>
        <translation>Reconnaître les chiffres parlés %1-%2 (anglais) à partir de trames log-mel</translation>
    </message>
    <message>
        <source>Recognize the spoken digits %1-%2 (fr) from log-mel frames</source>
        <translation>Reconnaître les chiffres parlés %1-%2 (français) à partir de trames log-mel</translation>
    </message>
    <message>
        <source>always the most frequent training digit, %1, with the training digit frequencies (computed; %2% for balanced digits)</source>
        <translation>toujours le chiffre le plus fréquent à l’entraînement, %1, avec les fréquences des chiffres d’entraînement (calculé&#xa0;; %2&#xa0;% pour des chiffres équilibrés)</translation>
    </message>
    <message>
        <source>at least %1% of the validation clips (voices never heard in training) named right</source>
        <translation>au moins %1&#xa0;% des extraits de validation (voix jamais entendues à l’entraînement) bien reconnus</translation>
    </message>
    <message>
        <source>which language&apos;s digits</source>
        <translation>la langue des chiffres</translation>
    </message>
    <message>
        <source>standard deviation of white noise added to the sound</source>
        <translation>écart type du bruit blanc ajouté au son</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>%1 ms: loudest band %2 (%3 Hz)</source>
        <translation>%1&#xa0;ms&#xa0;: bande la plus forte %2 (%3&#xa0;Hz)</translation>
    </message>
    <message>
        <source>speech-digits</source>
        <translation>chiffres-parlés</translation>
    </message>
    <message>
        <source>en</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>fr</source>
        <translation>français</translation>
    </message>
</context>
<context>
    <name>app::TemplatesMenu</name>
    <message>
        <source>Recommended for “%1”</source>
        <translation>Recommandé pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>app::TextGenerationView</name>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Temperature: low values pick the likeliest character, high values take more chances</source>
        <translation>Température&#xa0;: les valeurs basses choisissent le caractère le plus probable, les valeurs hautes prennent plus de risques</translation>
    </message>
    <message>
        <source>The text to continue</source>
        <translation>Le texte à poursuivre</translation>
    </message>
    <message>
        <source>The network reads this first, then writes what follows</source>
        <translation>Le réseau lit d’abord ce texte, puis écrit la suite</translation>
    </message>
    <message>
        <source>Fixes the random draws: the same seed writes the same text</source>
        <translation>Fixe les tirages aléatoires&#xa0;: la même graine écrit le même texte</translation>
    </message>
    <message>
        <source>How many characters to write</source>
        <translation>Le nombre de caractères à écrire</translation>
    </message>
    <message>
        <source>Write text with the network as it is now</source>
        <translation>Écrire du texte avec le réseau dans son état actuel</translation>
    </message>
    <message>
        <source>The prime, then the generated text</source>
        <translation>L’amorce, puis le texte généré</translation>
    </message>
    <message>
        <source>Prime:</source>
        <translation>Amorce&#xa0;:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Température&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longueur&#xa0;:</translation>
    </message>
    <message>
        <source>No network that fits the task yet.</source>
        <translation>Pas encore de réseau qui convienne à la tâche.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Cannot generate: %1</source>
        <translation>Impossible de générer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app::TimelineScrubber</name>
    <message>
        <source>Drag to look at the network as it was at an earlier epoch</source>
        <translation>Faites glisser pour voir le réseau tel qu’il était à une époque antérieure</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisation</translation>
    </message>
    <message>
        <source>No epoch trained yet</source>
        <translation>Aucune époque entraînée pour l’instant</translation>
    </message>
    <message>
        <source>%1 at step %2 (epoch %3): %4</source>
        <translation>%1 à l’itération %2 (époque %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Epoch %1: training loss %2</source>
        <translation>Époque %1&#xa0;: perte d’entraînement %2</translation>
    </message>
    <message>
        <source>, validation loss %1</source>
        <translation>, perte de validation %1</translation>
    </message>
    <message>
        <source>epoch %1 (newest)</source>
        <translation>époque %1 (la plus récente)</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <source>loss (log scale): — training  - - validation</source>
        <translation>perte (échelle log.)&#xa0;: — entraînement  - - validation</translation>
    </message>
</context>
<context>
    <name>app::TrainingChartData</name>
    <message>
        <source>Training loss (epoch)</source>
        <translation>Perte d’entraînement (par époque)</translation>
    </message>
    <message>
        <source>Validation loss (epoch)</source>
        <translation>Perte de validation (par époque)</translation>
    </message>
    <message>
        <source>Validation metric (epoch)</source>
        <translation>Métrique de validation (par époque)</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Taux d’apprentissage η</translation>
    </message>
    <message>
        <source>Gradient norm ‖g‖ before clipping</source>
        <translation>Norme du gradient ‖g‖ avant écrêtage</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>Itérations par seconde</translation>
    </message>
    <message>
        <source>Clipping threshold</source>
        <translation>Seuil d’écrêtage</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>Early stopped</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisation</translation>
    </message>
    <message>
        <source>%1 at step %2 (epoch %3): %4</source>
        <translation>%1 à l’itération %2 (époque %3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>app::TrainingChartPage</name>
    <message>
        <source>Step</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>The curves appear here as the model trains.</source>
        <translation>Les courbes apparaissent ici pendant l’entraînement du modèle.</translation>
    </message>
</context>
<context>
    <name>app::TrainingCharts</name>
    <message>
        <source>Loss: training and validation, per epoch</source>
        <translation>Perte&#xa0;: entraînement et validation, par époque</translation>
    </message>
    <message>
        <source>Validation metric, per epoch</source>
        <translation>Métrique de validation, par époque</translation>
    </message>
    <message>
        <source>Learning rate, per step</source>
        <translation>Taux d’apprentissage, par itération</translation>
    </message>
    <message>
        <source>Gradient norm ‖g‖ before clipping</source>
        <translation>Norme du gradient ‖g‖ avant écrêtage</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>Itérations par seconde</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>‖g‖ before clipping</source>
        <translation>‖g‖ avant écrêtage</translation>
    </message>
    <message>
        <source>Steps / s</source>
        <translation>Itérations / s</translation>
    </message>
    <message>
        <source>Which chart to show; dashed lines mark the run&apos;s changes and events: hover one to read it</source>
        <translation>Le graphique à afficher&#xa0;; les lignes pointillées marquent les changements et les événements de l’entraînement&#xa0;: survolez-en une pour la lire</translation>
    </message>
</context>
<context>
    <name>app::TrainingPanel</name>
    <message>
        <source>How the weights follow the gradient; a change during a run starts the new optimizer with fresh moments</source>
        <translation>Comment les poids suivent le gradient&#xa0;; un changement en cours d’entraînement lance le nouvel optimiseur avec des moments remis à zéro</translation>
    </message>
    <message>
        <source>Step size η of the optimizer; may change while training runs</source>
        <translation>Taille de pas η de l’optimiseur&#xa0;; modifiable pendant l’entraînement</translation>
    </message>
    <message>
        <source>Sequences per optimizer step; fixed while training runs</source>
        <translation>Séquences par itération de l’optimiseur&#xa0;; fixe pendant l’entraînement</translation>
    </message>
    <message>
        <source>Passes over the training sequences; Train again adds this many</source>
        <translation>Passages sur les séquences d’entraînement&#xa0;; Entraîner de nouveau en ajoute autant</translation>
    </message>
    <message>
        <source>Rescale the gradient when its norm ‖g‖ exceeds the threshold, against exploding gradients</source>
        <translation>Remettre le gradient à l’échelle quand sa norme ‖g‖ dépasse le seuil, contre l’explosion du gradient</translation>
    </message>
    <message>
        <source>Stop after this many epochs without a better validation loss and keep the best weights; 0: never</source>
        <translation>S’arrêter après ce nombre d’époques sans amélioration de la perte de validation et garder les meilleurs poids&#xa0;; 0&#xa0;: jamais</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Stop when solved</source>
        <translation>Arrêter une fois résolue</translation>
    </message>
    <message>
        <source>End the run at the first epoch that meets the task&apos;s success criterion</source>
        <translation>Terminer l’entraînement à la première époque qui satisfait le critère de réussite de la tâche</translation>
    </message>
    <message>
        <source>Validation %1:</source>
        <translation>Validation (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>yes, after epoch %1</source>
        <translation>oui, après l’époque %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimiseur&#xa0;:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille de lot&#xa0;:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Époques&#xa0;:</translation>
    </message>
    <message>
        <source>Clip gradients at:</source>
        <translation>Écrêter les gradients à&#xa0;:</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>Arrêt précoce&#xa0;:</translation>
    </message>
    <message>
        <source>Validation loss:</source>
        <translation>Perte de validation&#xa0;:</translation>
    </message>
    <message>
        <source>Validation metric:</source>
        <translation>Métrique de validation&#xa0;:</translation>
    </message>
    <message>
        <source>Gradient norm:</source>
        <translation>Norme du gradient&#xa0;:</translation>
    </message>
    <message>
        <source>Learning rate now:</source>
        <translation>Taux d’apprentissage actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Solved:</source>
        <translation>Résolue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>app::TrainingStatus</name>
    <message>
        <source>Epoch and optimizer step of the training</source>
        <translation>Époque et itération de l’optimiseur en cours</translation>
    </message>
    <message>
        <source>Mean loss of the batches trained since the last update</source>
        <translation>Perte moyenne des lots traités depuis la dernière mise à jour de l’affichage</translation>
    </message>
    <message>
        <source>Optimizer steps per second</source>
        <translation>Itérations de l’optimiseur par seconde</translation>
    </message>
    <message>
        <source>Progress of the training</source>
        <translation>Progression de l’entraînement</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · step %3/%4</source>
        <translation>Époque %1/%2 · itération %3/%4</translation>
    </message>
    <message>
        <source>Loss %1</source>
        <translation>Perte %1</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1&#xa0;itérations/s</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>Pas encore entraîné</translation>
    </message>
    <message>
        <source>Trained: epoch %1/%2 · step %3</source>
        <translation>Entraîné&#xa0;: époque %1/%2 · itération %3</translation>
    </message>
    <message>
        <source>Validation loss %1</source>
        <translation>Perte de validation %1</translation>
    </message>
</context>
<context>
    <name>app::TransferActions</name>
    <message>
        <source>New from Session</source>
        <translation>Nouveau à partir d’une session</translation>
    </message>
    <message>
        <source>LSTM Studio sessions (*.%1)</source>
        <translation>Sessions LSTM Studio (*.%1)</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not build the network from “%1”.</source>
        <translation>Impossible de construire le réseau à partir de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>New from &amp;Session…</source>
        <translation>Nouveau à partir d’une &amp;session…</translation>
    </message>
    <message>
        <source>Start a network for this task from the layers of a saved session, with their weights (transfer learning)</source>
        <translation>Commencer un réseau pour cette tâche à partir des couches d’une session enregistrée, avec leurs poids (apprentissage par transfert)</translation>
    </message>
    <message>
        <source>Fine-Tuning</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <source>Show or hide the “%1” panel: the gates of the network the run started from beside the current ones</source>
        <translation>Afficher ou masquer le panneau «&#xa0;%1&#xa0;»&#xa0;: les portes du réseau de départ de l’entraînement à côté des portes actuelles</translation>
    </message>
</context>
<context>
    <name>app::TransferDialog</name>
    <message>
        <source>Freeze the taken layers</source>
        <translation>Figer les couches reprises</translation>
    </message>
    <message>
        <source>New from Session</source>
        <translation>Nouveau à partir d’une session</translation>
    </message>
    <message numerus="yes">
        <source>The saved network (task &apos;%1&apos;) has %n recurrent layer(s). Take its first layers with their weights; the rest of the network is new for the task &apos;%2&apos;.</source>
        <translation>
            <numerusform>Le réseau enregistré (tâche «&#xa0;%1&#xa0;») a %n couche récurrente. Reprenez ses premières couches avec leurs poids&#xa0;; le reste du réseau est neuf pour la tâche «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Le réseau enregistré (tâche «&#xa0;%1&#xa0;») a %n couches récurrentes. Reprenez ses premières couches avec leurs poids&#xa0;; le reste du réseau est neuf pour la tâche «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>How many of the saved recurrent layers to take, from the first</source>
        <translation>Combien de couches récurrentes enregistrées reprendre, à partir de la première</translation>
    </message>
    <message>
        <source>Taken layers get no update at first: only the new parts learn. Unfreeze them later in the inspector to fine-tune everything.</source>
        <translation>Les couches reprises ne sont d’abord pas mises à jour&#xa0;: seules les parties nouvelles apprennent. Défigez-les ensuite dans l’inspecteur pour affiner tout le réseau.</translation>
    </message>
    <message>
        <source>What the new network takes from the saved one</source>
        <translation>Ce que le nouveau réseau reprend du réseau enregistré</translation>
    </message>
    <message>
        <source>Layers to take:</source>
        <translation>Couches à reprendre&#xa0;:</translation>
    </message>
    <message>
        <source>This transfer cannot be made: %1</source>
        <translation>Ce transfert est impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app::ViewExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png or .svg</source>
        <translation>Type d’image inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez .png ou .svg</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
</context>
<context>
    <name>app::ViewExportActions</name>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exporter l’image…</translation>
    </message>
    <message>
        <source>Save this view as a PNG picture or an SVG drawing</source>
        <translation>Enregistrer cette vue comme image PNG ou dessin SVG</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Save the numbers this view shows as a CSV table</source>
        <translation>Enregistrer les nombres de cette vue dans un tableau CSV</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>app::Workspace</name>
    <message>
        <source>Training is running; stop it first.</source>
        <translation>Un entraînement est en cours&#xa0;; arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>%1: training is running; stop it first.</source>
        <translation>%1&#xa0;: un entraînement est en cours&#xa0;; arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The network changed: training starts from new weights.</source>
        <translation>Le réseau a changé&#xa0;: l’entraînement repart de nouveaux poids.</translation>
    </message>
    <message>
        <source>Training is already running.</source>
        <translation>L’entraînement est déjà en cours.</translation>
    </message>
    <message>
        <source>The network cannot be trained while it has problems: %1</source>
        <translation>Le réseau ne peut pas être entraîné tant qu’il présente des problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training could not start.</source>
        <translation>L’entraînement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The weights are back to their first values.</source>
        <translation>Les poids sont revenus à leurs valeurs initiales.</translation>
    </message>
    <message>
        <source>The editor is locked.</source>
        <translation>L’éditeur est verrouillé.</translation>
    </message>
    <message>
        <source>The transferred network does not compile to the network it was built for.</source>
        <translation>Une fois compilé, le réseau transféré ne correspond pas au réseau pour lequel il a été construit.</translation>
    </message>
    <message>
        <source>The network starts from the saved session&apos;s layers.</source>
        <translation>Le réseau part des couches de la session enregistrée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A lab for teaching and learning recurrent networks.</source>
        <translation>Un laboratoire pour enseigner et apprendre les réseaux récurrents.</translation>
    </message>
    <message>
        <source>Start training at once.</source>
        <translation>Lancer l’entraînement dès le démarrage.</translation>
    </message>
    <message>
        <source>Print how long the window took to be ready, then quit.</source>
        <translation>Afficher le temps mis par la fenêtre pour être prête, puis quitter.</translation>
    </message>
    <message>
        <source>A session (or model) file to open instead of the default session.</source>
        <translation>Un fichier de session (ou de modèle) à ouvrir à la place de la session par défaut.</translation>
    </message>
    <message>
        <source>Measure the views&apos; frame rate and the training speed with and without the window, then quit.</source>
        <translation>Mesurer la fréquence d’affichage des vues et la vitesse d’entraînement avec et sans la fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>Train config B with every view open for this many minutes, sampling memory, responsiveness and autosave; print the curve and the verdict, then quit.</source>
        <translation>Entraîner la configuration B avec toutes les vues ouvertes pendant ce nombre de minutes, en mesurant la mémoire, la réactivité et la sauvegarde automatique&#xa0;; afficher la courbe et le verdict, puis quitter.</translation>
    </message>
    <message>
        <source>Also write the soak&apos;s samples to this CSV file.</source>
        <translation>Écrire aussi les mesures du test d’endurance dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Autosave at most this often (default: every minute).</source>
        <translation>Sauvegarder automatiquement au plus à cet intervalle (par défaut&#xa0;: chaque minute).</translation>
    </message>
</context>
<context>
    <name>training::TrainingWorker</name>
    <message>
        <source>Training failed: %1</source>
        <translation>Échec de l’entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Epoch %1 is already done.</source>
        <translation>L’époque %1 est déjà terminée.</translation>
    </message>
    <message>
        <source>There is nothing to roll back: the run has not diverged.</source>
        <translation>Aucun retour en arrière possible&#xa0;: l’entraînement n’a pas divergé.</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1.</source>
        <translation>Ces réglages ne peuvent pas être utilisés&#xa0;: %1.</translation>
    </message>
</context>
</TS>
