// lstm-studio-cli: LSTM Studio's networks without the window — create, run and export models.
#include "cli/command_line.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lstm-studio-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::CommandLine().run(QCoreApplication::arguments(), out, err);
}
