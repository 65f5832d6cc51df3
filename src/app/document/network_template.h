#pragma once
/** A network to start from: its name for people, a sentence on what it shows, and its graph. */
#include "app/document/network_graph.h"

#include <QString>

namespace app {

struct NetworkTemplate {
    QString id;          ///< "stacked-lstm", stable across languages
    QString name;        ///< "Stacked LSTM"
    QString description; ///< one sentence for people
    NetworkGraph graph;
    /** The template stands for a race of the three cells (NetworkTemplates::raceSpecs). */
    bool race = false;
};

} // namespace app
