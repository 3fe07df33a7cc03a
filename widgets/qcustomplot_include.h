#pragma once
// qcustomplot.h uses the Qt keywords (signals, slots, emit, foreach) that netsynth
// builds without (QT_NO_KEYWORDS, because of torch). Include it through this
// header, from .cpp files only, and never in a file that includes torch.
#ifndef signals
#define signals Q_SIGNALS
#define NETSYNTH_UNDEF_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#define NETSYNTH_UNDEF_SLOTS
#endif
#ifndef emit
#define emit Q_EMIT
#define NETSYNTH_UNDEF_EMIT
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define NETSYNTH_UNDEF_FOREACH
#endif
#include <qcustomplot.h>
#ifdef NETSYNTH_UNDEF_FOREACH
#undef foreach
#undef NETSYNTH_UNDEF_FOREACH
#endif
#ifdef NETSYNTH_UNDEF_SIGNALS
#undef signals
#undef NETSYNTH_UNDEF_SIGNALS
#endif
#ifdef NETSYNTH_UNDEF_SLOTS
#undef slots
#undef NETSYNTH_UNDEF_SLOTS
#endif
#ifdef NETSYNTH_UNDEF_EMIT
#undef emit
#undef NETSYNTH_UNDEF_EMIT
#endif
