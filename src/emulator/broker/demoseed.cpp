#include "broker.h"

namespace Emulator::Broker {

void seedDemo(Service &service, const DemoSeed &seed)
{
    Q_UNUSED(service);
    Q_UNUSED(seed);
}

} // namespace Emulator::Broker
