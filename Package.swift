// swift-tools-version:6.0
import PackageDescription

// Release builds link the Swift runtime and Foundation into awish: it then starts in half the
// time, because the dynamic loader has far fewer symbols to bind. Every module is compiled
// with the flag so each one asks the linker for the static libraries.
let staticRuntime: [SwiftSetting] = [
  .unsafeFlags(["-static-stdlib"], .when(configuration: .release))
]
let staticLink: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

// The matrix-product tile kernels are compiled once per instruction set, each module under its
// own target CPU, and Tensor picks one at run time by what the CPU has (GEMM+Kernel.swift).
// Swift has no per-function target attribute, so the module is the unit. The tile code is
// written once (GEMMKernels, inlinable) and specialised in each module. Elsewhere than x86-64
// these modules get no CPU flag. They are optimised in debug builds too: unspecialised generic
// SIMD code is a thousand times slower, and the debug tests multiply many matrices.
let optimized: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]
func targetCPU(_ cpu: String) -> [SwiftSetting] {
  #if arch(x86_64)
    return [.unsafeFlags(["-target-cpu", cpu])] + optimized + staticRuntime
  #else
    return optimized + staticRuntime
  #endif
}

let package = Package(
  name: "awish",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "awish", targets: ["awish"]),
    // The modules as a library, for the libFuzzer targets in Fuzz/ (a package of its own, so
    // its -sanitize=fuzzer build never touches this one's).
    .library(
      name: "AwishModules", targets: ["Guards", "Lang", "Interpreter", "Builtins", "Tensor"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .executableTarget(
      name: "awish",
      dependencies: [
        "Builtins", "Guards", "Interpreter", "Lang", "Tensor",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: staticRuntime,
      linkerSettings: staticLink
    ),
    .target(name: "Lang", swiftSettings: staticRuntime),
    // The two guards every layer applies to untrusted input: the memory an allocation may
    // take (the run's limit is task-local, bound by the Session) and how much of a value a
    // message may quote. Tensor and Interpreter both need them and may not import each other.
    .target(name: "Guards", swiftSettings: staticRuntime),
    .target(
      name: "Tensor",
      dependencies: ["Guards", "GEMMKernels", "GEMMKernelsAVX2", "GEMMKernelsAVX512"],
      swiftSettings: staticRuntime),
    .target(name: "GEMMKernels", swiftSettings: optimized + staticRuntime),
    .target(
      name: "GEMMKernelsAVX2", dependencies: ["GEMMKernels"], swiftSettings: targetCPU("haswell")),
    .target(
      name: "GEMMKernelsAVX512", dependencies: ["GEMMKernels"],
      swiftSettings: targetCPU("skylake-avx512")),
    // SHA-256 block compression in C: the CPU's SHA instructions are not reachable from Swift.
    .target(name: "SHAKernels", cSettings: [.unsafeFlags(["-O2"], .when(configuration: .debug))]),
    .target(
      name: "Interpreter", dependencies: ["Guards", "Lang"],
      // The evaluator's hot paths touch Machine's stack on every node; the dynamic
      // exclusivity checks cost more than the work itself. Static checks still apply.
      // awi code runs on one thread (like CPython under its lock), so this module's own
      // reference counting need not be atomic: a call costs 25% less. The rule that keeps it
      // sound: Interpreter code never runs on a worker thread, and never holds objects that
      // other threads touch (child processes, network sessions: those live in Builtins).
      // Parallel kernels live in Tensor and take typed buffers; Value is not Sendable, so
      // Swift 6's checks keep awi values out of the @Sendable closures that Parallel runs.
      swiftSettings: [
        .unsafeFlags([
          "-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded",
        ])
      ] + staticRuntime
    ),
    .target(
      name: "Builtins", dependencies: ["Guards", "Interpreter", "Lang", "SHAKernels", "Tensor"],
      // Builtins mutate list and record objects in place on every call (see Interpreter).
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])] + staticRuntime
    ),
    .testTarget(name: "LangTests", dependencies: ["Lang", "TestSupport"]),
    .testTarget(
      name: "TensorTests", dependencies: ["Guards", "Tensor", "TestSupport"], exclude: ["Reference"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "InterpreterTests", dependencies: ["Interpreter", "Builtins", "Lang", "TestSupport"]),
    // Shared by the test targets: decoders the tests check files with (libpng by dlopen) and
    // the finder of the real sample files in ../shared/fixtures.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "BuiltinsTests",
      dependencies: ["Builtins", "Interpreter", "Lang", "Tensor", "TestSupport"]),
    .testTarget(
      name: "ArchivesTests",
      dependencies: ["Builtins", "Interpreter", "Lang", "Tensor", "TestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["awish", "Builtins", "Interpreter", "Lang", "TestSupport"],
      // Kernel/ holds Python scripts that drive the Jupyter kernel with real clients.
      exclude: ["Reference", "Kernel"], resources: [.copy("Scripts")]
    ),
  ]
)
