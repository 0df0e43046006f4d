import Interpreter
import Tensor

extension Builtins {
  static let tensors: [Builtin] = [
    Builtin(
      "tensor", area: .tensors, summary: "A tensor from nested lists of numbers.",
      parameters: [Parameter("values", .tensorLike, "A number, or nested lists of equal lengths.")],
      returns: .tensor,
      examples: [Example("tensor([[1, 2], [3, 4]]).shape", "[2, 2]")]
    ) { args in
      guard let tensor = TensorValue.tensor(from: args.value("values")) else {
        throw args.error(TensorBuiltinMessages.notTensorValues, at: "values")
      }
      return .object(TensorValue(tensor))
    },
    filled("zeros", 0, "A tensor of zeros.", Example("sum(zeros(2, 3))", "0.0")),
    filled("ones", 1, "A tensor of ones.", Example("sum(ones(2, 3))", "6.0")),
    Builtin(
      "reshape", area: .tensors, summary: "The same values in a new shape (one size may be -1).",
      parameters: [
        Parameter("tensor", .tensorLike, "The tensor."),
        Parameter("shape", .int, "The sizes.", variadic: true),
      ],
      returns: .tensor,
      examples: [Example("reshape(tensor([1, 2, 3, 4, 5, 6]), 3, -1).shape", "[3, 2]")]
    ) { args in
      let tensor = try TensorArguments.tensor(args, "tensor")
      let shape = try args.list("shape").map { value -> Int in
        guard case .int(let size) = value else {
          throw args.typeError("shape", TensorBuiltinMessages.expectedInts)
        }
        return size
      }
      do throws(Tensor.Problem) {
        return .object(TensorValue(try tensor.reshaped(shape)))
      } catch {
        throw TensorValue.runtimeError(error, "reshape")
      }
    },
    Builtin(
      "transpose", area: .tensors, summary: "The tensor with its axes reversed.",
      parameters: [Parameter("tensor", .tensorLike, "The tensor.")],
      returns: .tensor,
      examples: [Example("transpose(tensor([[1, 2, 3]])).shape", "[3, 1]")]
    ) { args in
      let tensor = try TensorArguments.tensor(args, "tensor")
      do throws(Tensor.Problem) {
        return .object(TensorValue(try tensor.transposed()))
      } catch {
        throw TensorValue.runtimeError(error, "transpose")
      }
    },
    Builtin(
      "matmul", area: .tensors, summary: "The matrix product; the same as a @ b.",
      parameters: [
        Parameter("a", .tensorLike, "An m×k matrix (or a vector)."),
        Parameter("b", .tensorLike, "A k×n matrix (or a vector)."),
      ],
      returns: .tensor,
      details: "Uses the built-in kernels (AVX-512 or AVX2 tiles) where the CPU has them, so "
        + "such machines give the same bits with or without OpenBLAS; on other CPUs the "
        + "machine's BLAS (OpenBLAS) when it has one. AWISH_BLAS=1 forces the BLAS, "
        + "AWISH_NO_BLAS=1 ignores it.",
      examples: [Example("matmul(tensor([[1, 2]]), tensor([[3], [4]]))[0][0]", "11.0")]
    ) { args in
      let a = try TensorArguments.tensor(args, "a")
      let b = try TensorArguments.tensor(args, "b")
      do throws(Tensor.Problem) {
        return .object(TensorValue(try a.matmul(b)))
      } catch {
        throw TensorValue.runtimeError(error, "@")
      }
    },
  ]

  static func filled(_ name: String, _ value: Double, _ summary: String, _ example: Example)
    -> Builtin
  {
    Builtin(
      name, area: .tensors, summary: summary,
      parameters: [Parameter("shape", .int, "The sizes of the axes.", variadic: true)],
      returns: .tensor, examples: [example]
    ) { args in
      let shape = try args.list("shape").map { item -> Int in
        guard case .int(let size) = item else {
          throw args.typeError("shape", TensorBuiltinMessages.expectedInts)
        }
        return size
      }
      do throws(Tensor.Problem) {
        return .object(TensorValue(try Tensor.filled(shape, with: value)))
      } catch {
        throw TensorValue.runtimeError(error, name)
      }
    }
  }
}

enum TensorArguments {
  static func tensor(_ args: Arguments, _ name: String) throws -> Tensor {
    guard let tensor = TensorValue.tensor(from: args.value(name)) else {
      throw args.typeError(name, TensorBuiltinMessages.expectedTensor)
    }
    return tensor
  }

  /// The tensor argument `name` as the dtype named by argument `type`; nil when `name` is
  /// not a tensor.
  static func converted(_ args: Arguments, _ name: String, to type: String) throws -> Tensor? {
    guard case .object(let value as TensorValue) = args.value(name) else { return nil }
    let typeName = try args.string(type)
    guard let dtype = typeName == "float" ? .float64 : Tensor.DType(rawValue: typeName) else {
      throw args.error(
        TensorBuiltinMessages.holdsFloats(typeName), at: type,
        help: TensorBuiltinMessages.holdsFloatsHelp)
    }
    return value.tensor.converted(to: dtype)
  }
}

/// Shapes and tensor bodies as text, numpy-like but shorter.
enum TensorText {
  static func shape(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
  }

  /// The shape, and the dtype when it is not the usual float64: `(2, 3) float32`.
  static func heading(_ tensor: Tensor) -> String {
    shape(tensor.shape) + (tensor.dtype == .float64 ? "" : " " + tensor.dtype.rawValue)
  }

  static func display(_ tensor: Tensor) -> String {
    "tensor " + heading(tensor) + "\n"
      + body(tensor.data[...], tensor.shape[...], indent: 0, isSingle: tensor.dtype == .float32)
  }

  /// A value as the table shows it; float32 values with the shortest digits that give the
  /// same float32 (0.1, not 0.10000000149011612).
  static func number(_ value: Double, isSingle: Bool) -> String {
    guard isSingle, value.isFinite else { return FrameDisplay.number(value) }
    return FrameDisplay.number(Double(Float(value).description) ?? value)
  }

  /// Nested brackets, at most 6 items per axis (first 3, …, last 3).
  static func body(
    _ data: ArraySlice<Double>, _ shape: ArraySlice<Int>, indent: Int, isSingle: Bool = false
  ) -> String {
    guard let size = shape.first else {
      return data.first.map { number($0, isSingle: isSingle) } ?? ""
    }
    let inner = shape.dropFirst()
    let step = Tensor.elementCount(Array(inner)) ?? 0
    let shown = size <= 6 ? Array(0..<size) : [0, 1, 2, -1, size - 3, size - 2, size - 1]
    let parts = shown.map { index -> String in
      if index < 0 { return "…" }
      let start = data.startIndex + index * step
      return body(data[start..<(start + step)], inner, indent: indent + 1, isSingle: isSingle)
    }
    let separator = inner.isEmpty ? ", " : ",\n" + String(repeating: " ", count: indent + 1)
    return "[" + parts.joined(separator: separator) + "]"
  }
}
