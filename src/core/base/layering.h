// SPDX-License-Identifier: MIT
#pragma once

// The core's layers, lowest first (docs/architecture.md). A layer uses only the layers below it.
//
// Each layer is a static library of its own that links only the libraries below it, and is
// compiled with PAVT_CORE_LAYER set to its rank (src/core/CMakeLists.txt). Every header of a layer
// includes that layer's layer.h, which stops the build with an #error when it is included from a
// lower layer: an include that points upward does not build. Code outside the core (gui, app,
// cli, sim, tests) sees every layer.
#define PAVT_LAYER_BASE 1
#define PAVT_LAYER_PAYMENT 2
#define PAVT_LAYER_GATEWAY 3
#define PAVT_LAYER_JOURNAL 4
#define PAVT_LAYER_SERVICE 5
#define PAVT_LAYER_SETTINGS 6

#ifndef PAVT_CORE_LAYER
#define PAVT_CORE_LAYER 100
#endif
