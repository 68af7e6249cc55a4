#pragma once
// Tr::tr() for the command-line console's messages (translation context "Cli").

#include <QCoreApplication>

namespace Takt::Cli {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace Takt::Cli
