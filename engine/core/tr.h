#pragma once
// Gives plain (non-QObject) engine classes Tr::tr(), as Qt Creator does.

#include <QCoreApplication>

namespace Takt {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Takt)
};
} // namespace Takt
