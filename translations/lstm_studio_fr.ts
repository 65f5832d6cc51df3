<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>MainWindow</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Cellules&#xa0;:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Couches&#xa0;:</translation>
    </message>
    <message>
        <source>Hidden sizes:</source>
        <translation>Tailles des états cachés&#xa0;:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Perte&#xa0;:</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Réglages conseillés&#xa0;:</translation>
    </message>
    <message>
        <source>Solved when:</source>
        <translation>Résolue si&#xa0;:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
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
        <source>Learning rate:</source>
        <translation>Taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Solved:</source>
        <translation>Résolue&#xa0;:</translation>
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
        <source>&amp;Open Model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Open a model file (JSON) in place of the current model</source>
        <translation>Ouvrir un fichier de modèle (JSON) à la place du modèle actuel</translation>
    </message>
    <message>
        <source>Save Model &amp;As…</source>
        <translation>Enregistrer le modèle &amp;sous…</translation>
    </message>
    <message>
        <source>Save the model and its weights to a JSON file</source>
        <translation>Enregistrer le modèle et ses poids dans un fichier JSON</translation>
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
        <source>Train the model on the task with the task&apos;s recipe</source>
        <translation>Entraîner le modèle sur la tâche avec les réglages conseillés pour cette tâche</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Could not open the model “%1”.</source>
        <translation>Impossible d’ouvrir le modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Training is running; stop it first.</source>
        <translation>Un entraînement est en cours&#xa0;; arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Modèle ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the model as “%1”.</source>
        <translation>Impossible d’enregistrer le modèle sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Modèle enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement en cours…</translation>
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
        <source>Unsaved Model</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>The trained weights are not saved. Save them first?</source>
        <translation>Les poids entraînés ne sont pas enregistrés. Voulez-vous d’abord les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>LSTM Studio models (*.json)</source>
        <translation>Modèles LSTM Studio (*.json)</translation>
    </message>
    <message>
        <source>model.json</source>
        <translation>modèle.json</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Enregistrer le modèle sous</translation>
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
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
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
        <source>Training finished.</source>
        <translation>Entraînement terminé.</translation>
    </message>
    <message>
        <source>Training stopped; the model keeps the weights trained.</source>
        <translation>Entraînement arrêté&#xa0;; le modèle conserve les poids appris.</translation>
    </message>
    <message>
        <source>Training stopped on an error.</source>
        <translation>L’entraînement a été interrompu par une erreur.</translation>
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
        <source>%1, learning rate %2, batch size %3, epochs: %4</source>
        <translation>%1, taux d’apprentissage %2, taille de lot %3, époques&#xa0;: %4</translation>
    </message>
    <message>
        <source>Validation %1:</source>
        <translation>Validation (%1)&#xa0;:</translation>
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
        <source>A model file to open instead of the default session.</source>
        <translation>Fichier de modèle à ouvrir à la place de la session par défaut.</translation>
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
