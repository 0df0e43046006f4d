// swift-tools-version:6.0
import PackageDescription

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
      ]
    ),
    .target(name: "Lang"),
    .target(name: "Tensor"),
    .target(name: "Interpreter", dependencies: ["Lang", "Tensor"]),
    .target(name: "Builtins", dependencies: ["Interpreter", "Lang", "Tensor"]),
    .testTarget(name: "LangTests", dependencies: ["Lang"]),
    .testTarget(name: "TensorTests", dependencies: ["Tensor"]),
    .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "Builtins", "Lang"]),
    .testTarget(name: "BuiltinsTests", dependencies: ["Builtins", "Interpreter", "Lang"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["awish", "Builtins", "Interpreter", "Lang"],
      resources: [.copy("Scripts")]
    ),
  ]
)
