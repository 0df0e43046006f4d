// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for awish, one executable that picks its target from AWISH_FUZZ_TARGET.
// Build and run them with dev/fuzz.sh: it passes -sanitize=fuzzer,address -parse-as-library.
let package = Package(
  name: "AwishFuzz",
  dependencies: [.package(name: "awish", path: "..")],
  targets: [
    .executableTarget(
      name: "AwishFuzz",
      dependencies: [.product(name: "AwishModules", package: "awish")]
    )
  ]
)
