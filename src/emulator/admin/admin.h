#pragma once

#include "services.h"

#include <optional>

namespace Emulator::Admin {

/// Migrates the admin tables and registers the handlers of instances, brokers, topics,
/// consumer groups, users, tags, background tasks, configs, metadata migration, AZs, products
/// and feature switches.
bool install(ServiceContext &context, QString *error = nullptr);

/// --demo: two RUNNING instances (4.8.0 and 5.x) with topics, groups and users, created only
/// when the project has no instance yet. Returns what the broker's seeding builds on.
std::optional<DemoSeed> seedDemo(ServiceContext &context);

// One registration function per resource family (admin/<family>.cpp).
void installInstances(ServiceContext &context);
void installTopics(ServiceContext &context);
void installGroups(ServiceContext &context);
void installUsers(ServiceContext &context);
void installTasksAndConfigs(ServiceContext &context);
void installCatalogue(ServiceContext &context);

} // namespace Emulator::Admin
