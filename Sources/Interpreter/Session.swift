import Foundation
import Guards
import Lang

/// The one pipeline from source text to a result: parse, resolve, compile, run. Scripts,
/// the REPL, `-e` and `check` all go through a session; the REPL keeps one for its lifetime.
public final class Session {
  /// What running a piece of source gave.
  public enum Outcome {
    /// It ran; the value of a final expression statement when asked for.
    case success(Value?)
    /// It did not run: syntax or resolution errors, every one found.
    case rejected([Diagnostic])
    /// It failed while running.
    case failed(RuntimeError)
  }

  final class Module {
    let code: Code
    var hasRun = false
    init(code: @escaping Code) { self.code = code }
  }

  public let builtins: [Builtin]
  public let globals = GlobalScope()
  let builtinIndex: [String: Int]
  let machine: Machine
  var modules: [String: Module] = [:]
  var loading: [String] = []

  public init(builtins: [Builtin], output: @escaping (String) -> Void = Session.writeStandardOutput)
  {
    self.builtins = builtins
    var index: [String: Int] = [:]
    for (position, builtin) in builtins.enumerated() { index[builtin.name] = position }
    builtinIndex = index
    machine = Machine(builtins: builtins, run: RunContext(output: output))
    machine.importer = { [unowned self] path, file, range throws(RuntimeError) in
      try self.runImport(path, from: file, range)
    }
  }

  public static func writeStandardOutput(_ text: String) {
    StandardOutput.shared.write(text)
  }

  public var output: (String) -> Void {
    get { machine.output }
    set { machine.output = newValue }
  }

  /// This session's run: script, parameters, files read and written, models, reproduction.
  public var run: RunContext { machine.run }

  /// Takes values that `print` and `show` are given alone, to show them other than as text.
  public var richOutput: ((Value) -> Bool)? {
    get { machine.richOutput }
    set { machine.richOutput = newValue }
  }

  /// Parses, resolves and runs source text. `name` is what diagnostics call the file (a path
  /// for scripts: imports resolve from its folder).
  public func run(_ text: String, name: String, keepLastValue: Bool = false) -> Outcome {
    let file = SourceFile(name: name, text: text)
    let machine = self.machine
    return onRunThread {
      switch prepare(file, keepLastValue: keepLastValue) {
      case .failure(let rejection): return .rejected(rejection.diagnostics)
      case .success(let code):
        do throws(RuntimeError) {
          machine.ensureGlobals(globals.names.count)
          let value = try code(machine)
          StandardOutput.shared.flush()
          return .success(keepLastValue ? value : nil)
        } catch {
          StandardOutput.shared.flush()
          machine.reset()
          return .failed(error)
        }
      }
    }
  }

  /// Source compiled once, to run many times (`%timeit`).
  public struct Compiled {
    let code: Code
  }

  /// Parses, resolves and compiles source text without running it.
  public func compile(_ text: String, name: String) -> Result<Compiled, Rejection> {
    let file = SourceFile(name: name, text: text)
    return onRunThread { prepare(file, keepLastValue: false).map { Compiled(code: $0) } }
  }

  /// Runs compiled source `times` times in a row; what the last run gave and the seconds
  /// all of them took (the time to start the run's thread not counted).
  public func run(_ compiled: Compiled, times: Int) -> (outcome: Outcome, seconds: Double) {
    let machine = self.machine
    return onRunThread {
      let clock = ContinuousClock()
      let start = clock.now
      do throws(RuntimeError) {
        machine.ensureGlobals(globals.names.count)
        for _ in 0..<max(times, 0) { _ = try compiled.code(machine) }
        let elapsed = clock.now - start
        StandardOutput.shared.flush()
        let parts = elapsed.components
        return (.success(nil), Double(parts.seconds) + Double(parts.attoseconds) * 1e-18)
      } catch {
        StandardOutput.shared.flush()
        machine.reset()
        return (.failed(error), 0)
      }
    }
  }

  /// Runs `body` on the interpreter's large-stack thread, with this session's memory limit
  /// bound for every allocation check made meanwhile (`MemoryBudget.limit` is task-local: two
  /// sessions in one process each see their own).
  func onRunThread<T>(_ body: () -> T) -> T {
    let limit = machine.run.memoryLimit
    return LargeStack.run { MemoryBudget.limit.withValue(limit) { body() } }
  }

  /// Syntax and resolution errors only; nothing runs and the session's names are unchanged.
  public func check(_ text: String, name: String) -> [Diagnostic] {
    let scratch = Session(builtins: builtins, output: { _ in })
    for name in globals.names { scratch.globals.declare(name) }
    let file = SourceFile(name: name, text: text)
    return LargeStack.run {
      if case .failure(let rejection) = scratch.prepare(file, keepLastValue: false) {
        return rejection.diagnostics
      }
      return []
    }
  }

  /// Source that did not compile: every syntax and resolution error found.
  public struct Rejection: Error {
    public let diagnostics: [Diagnostic]
  }

  /// Parses and resolves a file and the files it imports, and compiles them.
  func prepare(_ file: SourceFile, keepLastValue: Bool) -> Result<Code, Rejection> {
    var parser = Parser(file: file)
    let (program, syntaxErrors) = parser.parse()
    if !syntaxErrors.isEmpty { return .failure(Rejection(diagnostics: syntaxErrors)) }
    var diagnostics = loadImports(of: program)
    let (resolution, resolveErrors) = Resolver.resolve(
      program, globals: globals,
      builtins: builtinIndex)
    diagnostics += resolveErrors
    if !diagnostics.isEmpty { return .failure(Rejection(diagnostics: diagnostics)) }
    let compiler = Compiler(file: file, resolution: resolution, builtins: builtins)
    return .success(compiler.compileProgram(program, keepLastValue: keepLastValue))
  }

  /// The value of a top-level variable, if it has one.
  public func value(of name: String) -> Value? {
    guard let slot = globals.slot(of: name), slot < machine.globals.count else { return nil }
    return machine.globals[slot]
  }

  /// Sets a top-level variable (the REPL's `_`, `Out`, a script's `params`).
  public func setValue(_ value: Value, for name: String) {
    let slot = globals.declare(name)
    machine.ensureGlobals(slot + 1)
    machine.globals[slot] = value
  }

  /// Top-level names that have a value, in the order they were first assigned.
  public var definedNames: [String] {
    globals.names.filter { value(of: $0) != nil }
  }

  /// Forgets every variable and import.
  public func reset() {
    globals.removeAll()
    machine.globals = []
    modules = [:]
  }
}
