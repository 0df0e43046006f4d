import Lang
import Synchronization

/// Set from a SIGINT handler; the evaluator checks it at loop back-edges and calls.
public let interruptRequested = Atomic<Bool>(false)

/// The running state of awi code: one value stack shared by all calls (a frame is a window
/// of `slotCount` slots starting at `base`), the globals, and the running closure's cells.
public final class Machine {
  /// Maximum nesting of awi calls. The interpreter runs on a thread whose stack is sized for it.
  public static let maxCallDepth = 20_000

  var stack: UnsafeMutablePointer<Value>
  var capacity: Int
  var base = 0
  var top = 0
  var captures: [Cell] = []
  /// Whether `captures` is not empty, kept apart so calls can test it without touching the array.
  var hasCaptures = false
  var depth = 0
  var returnValue: Value = .null
  public var globals: [Value?] = []
  /// The frames of the enclosing calls whose first argument is a frame; `.name` reads a
  /// column of the innermost one.
  var frameContext: [any ObjectValue] = []
  public let builtins: [Builtin]
  /// The run this machine executes for: provenance, parameters, where `print` writes.
  public let run: RunContext
  /// Where `print` writes.
  public var output: (String) -> Void {
    get { run.output }
    set { run.output = newValue }
  }
  /// Shows a value richly instead of as text (a report draws plots and tables); true when it
  /// took the value.
  public var richOutput: ((Value) -> Bool)?
  /// Runs an imported file once; set by the session.
  var importer: ((String, SourceFile, SourceRange) throws(RuntimeError) -> Void)?
  /// Names of the globals, for error messages.
  var globalNames: () -> [String] = { [] }

  init(builtins: [Builtin], run: RunContext) {
    self.builtins = builtins
    self.run = run
    capacity = 1024
    stack = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
    stack.initialize(repeating: .null, count: capacity)
  }

  deinit {
    stack.deinitialize(count: capacity)
    stack.deallocate()
  }

  /// Makes room for `count` more slots above `top`; slots above `top` are always `.null`.
  @inline(__always)
  func reserve(_ count: Int) {
    if top + count > capacity { grow(to: top + count) }
  }

  private func grow(to needed: Int) {
    var newCapacity = capacity
    while newCapacity < needed { newCapacity *= 2 }
    let newStack = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
    newStack.moveInitialize(from: stack, count: capacity)
    (newStack + capacity).initialize(repeating: .null, count: newCapacity - capacity)
    stack.deallocate()
    stack = newStack
    capacity = newCapacity
  }

  /// Clears `count` slots from `start` so their values are released.
  @inline(__always)
  func clear(from start: Int, count: Int) {
    var index = start
    let end = start &+ count
    while index < end {
      stack[index] = .null
      index &+= 1
    }
  }

  /// Throws when Ctrl-C was pressed.
  @inline(__always)
  func checkInterrupt() throws(RuntimeError) {
    if interruptRequested.load(ordering: .relaxed) {
      interruptRequested.store(false, ordering: .relaxed)
      throw RuntimeError.interrupted()
    }
  }

  /// Throws when Ctrl-C was pressed (or a time limit passed), located at a loop's header, so
  /// the message says where the run stopped.
  @inline(__always)
  func checkInterrupt(_ file: SourceFile, _ range: SourceRange) throws(RuntimeError) {
    if interruptRequested.load(ordering: .relaxed) {
      interruptRequested.store(false, ordering: .relaxed)
      throw RuntimeError.interrupted().located(file, range)
    }
  }

  /// Unwinds after an error escaped to the top: the next run starts with an empty stack.
  func reset() {
    clear(from: 0, count: top)
    top = 0
    base = 0
    depth = 0
    captures = []
    hasCaptures = false
    frameContext = []
    returnValue = .null
  }

  func ensureGlobals(_ count: Int) {
    if globals.count < count {
      globals.append(contentsOf: Array(repeating: nil, count: count - globals.count))
    }
  }
}
