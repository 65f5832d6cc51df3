<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
