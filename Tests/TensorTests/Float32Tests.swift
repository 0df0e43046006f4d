import Foundation
import XCTest

@testable import Tensor

/// float32 tensors against numpy's float32 results (Reference/make_float32_reference.py
/// wrote them): sums pairwise in float32 to the bit, moments and axis reductions in numpy's
/// order, element-wise arithmetic and promotion, and sgemm and the Swift kernel.
final class Float32Tests: XCTestCase {
  struct Reference: Decodable {
    struct Sum: Decodable {
      let count: Int
      let sum: String
    }
    struct Moments: Decodable {
      let count: Int
      let mean, std0, std1, min, max: String
    }
    struct Axis: Decodable {
      let shape: [Int]
      let axis: Int
      let sum, mean, std1, min, max: [String]
    }
    struct Product: Decodable {
      let m, k, n: Int
      let c: [String]
    }
    let sums: [Sum]
    let moments: [Moments]
    let axes: [Axis]
    let fma, weak_scalar, mixed: [String]
    let matmul: [Product]
  }

  static let reference: Reference? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/float32_reference.json")
    return try? JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
  }()

  func reference() throws -> Reference {
    try XCTUnwrap(Self.reference, "Reference/float32_reference.json does not decode")
  }

  /// The generator's inputs: ((i * p) % q - q / 2) / 37 in float64, rounded to float32.
  static func values(_ count: Int, _ p: Int = 7919, _ q: Int = 10007) -> [Float] {
    (0..<count).map { Float(Double((($0 * p) % q) - q / 2) / 37.0) }
  }

  static func tensor(_ shape: [Int], _ p: Int = 7919, _ q: Int = 10007) throws -> Tensor {
    try Tensor(shape: shape, float32: values(shape.reduce(1, *), p, q))
  }

  /// Hex strings (exact) as float32 values.
  static func floats(_ texts: [String]) -> [Float] {
    texts.map { Float(Double($0) ?? .nan) }
  }

  static func float(_ text: String) -> Double? { Double(text) }

  func testSumsPairwiseInFloat32LikeNumpy() throws {
    for item in try reference().sums {
      let sum = try Self.tensor([item.count]).reduced(.sum)
      XCTAssertEqual(sum, Self.float(item.sum), "sum of \(item.count)")
    }
  }

  func testMomentsMatchNumpy() throws {
    for item in try reference().moments {
      let x = try Self.tensor([item.count])
      XCTAssertEqual(x.reduced(.mean), Self.float(item.mean), "mean \(item.count)")
      XCTAssertEqual(x.reduced(.std(ddof: 0)), Self.float(item.std0), "std \(item.count)")
      XCTAssertEqual(x.reduced(.std(ddof: 1)), Self.float(item.std1), "std1 \(item.count)")
      XCTAssertEqual(x.reduced(.min), Self.float(item.min))
      XCTAssertEqual(x.reduced(.max), Self.float(item.max))
    }
  }

  func testAxisReductionsMatchNumpy() throws {
    for item in try reference().axes {
      let x = try Self.tensor(item.shape)
      let label = "\(item.shape) axis \(item.axis)"
      let cases: [(Tensor.Reduction, [String])] = [
        (.sum, item.sum), (.mean, item.mean), (.std(ddof: 1), item.std1), (.min, item.min),
        (.max, item.max),
      ]
      for (reduction, expected) in cases {
        let reduced = try x.reduced(reduction, axis: item.axis)
        XCTAssertEqual(reduced.dtype, .float32)
        XCTAssertEqual(reduced.storage, .float32(Self.floats(expected)), "\(reduction) \(label)")
      }
    }
  }

  func testElementwiseAndPromotionMatchNumpy() throws {
    let reference = try reference()
    let a = try Self.tensor([1000])
    let b = try Self.tensor([1000], 104729, 7907)
    let c = try Self.tensor([1000], 15485863, 9973)
    let fma = try Broadcast.apply(try Broadcast.apply(a, b, .multiply), c, .add)
    XCTAssertEqual(fma.storage, .float32(Self.floats(reference.fma)))
    let scale = try Tensor(shape: [], data: [0.1]).converted(to: .float32)
    let three = try Tensor(shape: [], data: [3]).converted(to: .float32)
    let weak = try Broadcast.apply(try Broadcast.apply(a, scale, .multiply), three, .add)
    XCTAssertEqual(weak.storage, .float32(Self.floats(reference.weak_scalar)))
    let third = try Broadcast.apply(
      b.converted(to: .float64), Tensor(shape: [], data: [3]), .divide)
    let mixed = try Broadcast.apply(a, third, .add)
    XCTAssertEqual(mixed.dtype, .float64)
    XCTAssertEqual(mixed.data, reference.mixed.compactMap(Double.init))
  }

  func testInPlaceKeepsFloat32AndRefusesMixedTypes() throws {
    let count = Broadcast.parallelMinimum * 2 + 5
    var a = try Tensor(shape: [count], float32: Self.values(count))
    let b = try Tensor(shape: [count], float32: Self.values(count, 104729, 7907))
    let expected = try Broadcast.apply(a, b, .multiply)
    XCTAssertTrue(Broadcast.applyInPlace(&a, b, .multiply))
    XCTAssertEqual(a, expected)
    XCTAssertFalse(Broadcast.applyInPlace(&a, b.converted(to: .float64), .add))
    XCTAssertEqual(a, expected)
  }

  func check(useBLAS: Bool) throws {
    for product in try reference().matmul {
      let left = Self.values(product.m * product.k)
      let right = Self.values(product.k * product.n, 104729, 7907)
      let c = GEMM.multiply(
        left, right, m: product.m, k: product.k, n: product.n, useBLAS: useBLAS)
      let expected = Self.floats(product.c)
      XCTAssertEqual(c.count, expected.count)
      // The terms' order differs between kernels; k terms of up to 135² each.
      let tolerance = Float(product.k) * 135 * 135 * 4e-7
      for (got, want) in zip(c, expected) {
        XCTAssertEqual(got, want, accuracy: tolerance, "\(product.m)×\(product.k)×\(product.n)")
      }
    }
  }

  func testSwiftKernelMatchesNumpy() throws {
    try check(useBLAS: false)
  }

  func testSgemmMatchesNumpy() throws {
    guard GEMM.library != nil else {
      throw XCTSkip("no BLAS library on this machine; the Swift kernel is tested instead")
    }
    try check(useBLAS: true)
  }

  func testShapesKeepFloat32() throws {
    let x = try Self.tensor([2, 3, 4])
    XCTAssertEqual(try x.transposed().dtype, .float32)
    XCTAssertEqual(try x.transposed().data, try x.converted(to: .float64).transposed().data)
    XCTAssertEqual(try x.reshaped([6, -1]).dtype, .float32)
    let picked = try x.picking([.index(1), .positions([2, 0])])
    let values = Self.values(24)
    XCTAssertEqual(picked.storage, .float32(Array(values[20..<24] + values[12..<16])))
    let block = try x.picking([.index(1), .index(2)])
    XCTAssertEqual(block.shape, [4])
    XCTAssertEqual(block.storage, .float32(Array(values[20..<24])))
    XCTAssertEqual(try Tensor(shape: [2, 0], data: []).picking([.index(1)]).shape, [0])
    let matrix = try x.picking([.index(0)])
    XCTAssertEqual(try matrix.matmul(try matrix.transposed()).dtype, .float32)
    XCTAssertEqual(try matrix.matmul(matrix.converted(to: .float64).transposed()).dtype, .float64)
    XCTAssertEqual(x.negated().dtype, .float32)
    XCTAssertEqual(x.converted(to: .float64).converted(to: .float32), x)
  }

  func testFloat64RoundsToNearestFloat32() throws {
    let x = try Tensor(shape: [3], data: [0.1, 1e40, 16_777_217])
    XCTAssertEqual(x.converted(to: .float32).storage, .float32([0.1, .infinity, 16_777_216]))
  }
}
