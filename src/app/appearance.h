#pragma once

#include <QString>

namespace Gui::Appearance {

/// The colour scheme: the system's, or forced light or dark (Fusion palettes).
enum class Scheme { System, Light, Dark };

/// "system", "light", "dark" (the Settings value) and back; unknown text is System.
Scheme fromString(const QString &text);
QString toString(Scheme scheme);

/// Applies `scheme` to the running application (live; no restart needed).
void apply(Scheme scheme);
/// Whether the palette now in force is a dark one.
bool isDark();

} // namespace Gui::Appearance
