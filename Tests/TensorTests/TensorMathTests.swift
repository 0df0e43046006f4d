import Foundation
import XCTest

@testable import Tensor

/// Matrix products, broadcasting, reductions along axes and transposes against numpy
/// (Reference/make_tensor_reference.py wrote the numbers).
final class TensorMathTests: XCTestCase {
  struct Reference: Decodable {
    struct Product: Decodable {
      let m: Int
      let k: Int
      let n: Int
      let c: [String]
    }
    let matmul: [Product]
    let sum_axis1: [Double]
    let broadcast: [Double]
    let transpose: [Double]
  }

  static func reference() throws -> Reference {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/tensor_reference.json")
    return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
  }

  static func a(_ m: Int, _ k: Int) -> [Double] {
    var values: [Double] = []
    for i in 0..<m {
      for j in 0..<k { values.append(cos(Double(i * 7 + j))) }
    }
    return values
  }

  static func b(_ k: Int, _ n: Int) -> [Double] {
    var values: [Double] = []
    for i in 0..<k {
      for j in 0..<n { values.append(sin(Double(i - 3 * j)) / Double(j + 1)) }
    }
    return values
  }

  func check(useBLAS: Bool) throws {
    for product in try Self.reference().matmul {
      let c = GEMM.multiply(
        Self.a(product.m, product.k), Self.b(product.k, product.n),
        m: product.m, k: product.k, n: product.n, useBLAS: useBLAS)
      let expected = product.c.compactMap(Double.init)
      XCTAssertEqual(c.count, expected.count)
      let label = "\(product.m)×\(product.k)×\(product.n)"
      for (got, want) in zip(c, expected) {
        let tolerance: Double = 1e-12 * max(1.0, want.magnitude)
        XCTAssertEqual(got, want, accuracy: tolerance, label)
      }
    }
  }

  func testSwiftKernelMatchesNumpy() throws {
    try check(useBLAS: false)
  }

  func testBLASMatchesNumpy() throws {
    guard GEMM.library != nil else {
      throw XCTSkip(
        "no BLAS library (libopenblas.so.0 or libblas.so.3) on this machine; "
          + "the Swift kernel is tested instead. apt-get install libopenblas0 to test it.")
    }
    try check(useBLAS: true)
  }

  func testBroadcastReduceTransposeMatchNumpy() throws {
    let reference = try Self.reference()
    let x = try Tensor(shape: [2, 3, 4], data: (0..<24).map(Double.init))
    let row = try Tensor(shape: [4], data: [10, 20, 30, 40])
    XCTAssertEqual(try Broadcast.apply(x, row, +).data, reference.broadcast)
    XCTAssertEqual(try Broadcast.reduce(x, axis: 1) { $0.reduce(0, +) }.data, reference.sum_axis1)
    XCTAssertEqual(try x.transposed().data, reference.transpose)
    XCTAssertEqual(try x.transposed().shape, [4, 3, 2])
  }

  func testShapesAreChecked() throws {
    let x = try Tensor(shape: [2, 3], data: Array(repeating: 1, count: 6))
    XCTAssertThrowsError(try x.matmul(x))
    XCTAssertEqual(try x.reshaped([3, -1]).shape, [3, 2])
    XCTAssertThrowsError(try x.reshaped([4, -1]))
    XCTAssertThrowsError(try Tensor(shape: [2, 2], data: [1]))
    XCTAssertEqual(try x.matmul(try x.transposed()).shape, [2, 2])
  }
}
