/// Where a name lives at run time, decided before anything runs.
public enum Binding: Equatable, Sendable {
  /// A slot in the current call's frame.
  case local(Int)
  /// A frame slot that holds a shared cell because an inner function captures it.
  case boxed(Int)
  /// The n-th captured cell of the running closure.
  case capture(Int)
  case global(Int)
  case builtin(Int)
}

/// Where a closure gets each captured cell when it is created.
public enum CaptureSource: Equatable, Sendable {
  /// A boxed slot of the function that creates the closure.
  case slot(Int)
  /// A captured cell of the function that creates the closure.
  case capture(Int)
}

/// The frame layout of one function.
public struct FunctionLayout: Sendable {
  public init() {}
  public var slotCount = 0
  public var parameterSlots: [Int] = []
  public var boxedSlots: Set<Int> = []
  public var captures: [CaptureSource] = []
  public var localNames: [String] = []
}

/// The resolver's answer for one program: a binding for every name use (by `NameRef.id`) and a
/// layout for every function (by `FunctionDecl.id`).
public struct Resolution: Sendable {
  public var bindings: [Binding?]
  public var functions: [Int: FunctionLayout] = [:]

  public func binding(_ name: NameRef) -> Binding? {
    name.id < bindings.count ? bindings[name.id] : nil
  }
}

/// The top-level names of a session, shared by every file and REPL input it runs.
public final class GlobalScope {
  public private(set) var names: [String] = []
  private var slots: [String: Int] = [:]

  public init() {}

  public func slot(of name: String) -> Int? { slots[name] }

  /// The slot of `name`, made when it is new.
  @discardableResult
  public func declare(_ name: String) -> Int {
    if let slot = slots[name] { return slot }
    slots[name] = names.count
    names.append(name)
    return names.count - 1
  }

  public func removeAll() {
    names = []
    slots = [:]
  }
}
