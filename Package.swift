// swift-tools-version:6.0
import PackageDescription

// Release builds link the Swift runtime and Foundation into awish: it then starts in half the
// time, because the dynamic loader has far fewer symbols to bind. Every module is compiled
// with the flag so each one asks the linker for the static libraries.
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
let staticLink: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

let package = Package(
  name: "awish",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "awish", targets: ["awish"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .executableTarget(
      name: "awish",
      dependencies: [
        "Builtins", "Interpreter", "Lang",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: staticRuntime,
      linkerSettings: staticLink
    ),
    .target(name: "Lang", swiftSettings: staticRuntime),
    // zlib from the system (zlib1g-dev), for the zip exports of EcoTaxa.
    .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
    .target(name: "Tensor", swiftSettings: staticRuntime),
    .target(
      name: "Interpreter", dependencies: ["Lang", "Tensor"],
      // The evaluator's hot paths touch Machine's stack on every node; the dynamic
      // exclusivity checks cost more than the work itself. Static checks still apply.
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])] + staticRuntime
    ),
    .target(
      name: "Builtins", dependencies: ["CZlib", "Interpreter", "Lang", "Tensor"],
      // Builtins mutate list and record objects in place on every call (see Interpreter).
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])] + staticRuntime
    ),
    .testTarget(name: "LangTests", dependencies: ["Lang"]),
    .testTarget(
      name: "TensorTests", dependencies: ["Tensor"], exclude: ["Reference"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "Builtins", "Lang"]),
    .testTarget(name: "BuiltinsTests", dependencies: ["Builtins", "Interpreter", "Lang"]),
    .testTarget(
      name: "ArchivesTests", dependencies: ["Builtins", "Interpreter", "Lang", "Tensor"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "EndToEndTests", dependencies: ["awish", "Builtins", "Interpreter", "Lang"],
      resources: [.copy("Scripts")]
    ),
  ]
)
