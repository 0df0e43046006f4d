import Foundation

/// The element types a tensor can hold. Kernels are generic over this protocol, so float64
/// and float32 share one loop each; the compiler specialises them per type.
public protocol TensorElement: BinaryFloatingPoint, SIMDScalar, Codable, Sendable
where Vector.Scalar == Self {
  /// The widest SIMD vector the element-wise loops use: 64 bytes (8 doubles, 16 floats).
  associatedtype Vector: SIMD & Sendable
  /// The tensor's dtype for this element type.
  static var dtype: Tensor.DType { get }
  /// The values of a tensor of this dtype, nil for another dtype.
  static func values(of storage: Tensor.Storage) -> [Self]?
  /// Storage holding `values`.
  static func storage(_ values: [Self]) -> Tensor.Storage
  /// `pow(x, y)` in this precision (the C library's pow or powf).
  static func power(_ x: Self, _ y: Self) -> Self
}

extension Double: TensorElement {
  public typealias Vector = SIMD8<Double>
  public static var dtype: Tensor.DType { .float64 }
  public static func values(of storage: Tensor.Storage) -> [Double]? {
    if case .float64(let values) = storage { return values }
    return nil
  }
  public static func storage(_ values: [Double]) -> Tensor.Storage { .float64(values) }
  public static func power(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
}

extension Float: TensorElement {
  public typealias Vector = SIMD16<Float>
  public static var dtype: Tensor.DType { .float32 }
  public static func values(of storage: Tensor.Storage) -> [Float]? {
    if case .float32(let values) = storage { return values }
    return nil
  }
  public static func storage(_ values: [Float]) -> Tensor.Storage { .float32(values) }
  public static func power(_ x: Float, _ y: Float) -> Float { Foundation.powf(x, y) }
}
