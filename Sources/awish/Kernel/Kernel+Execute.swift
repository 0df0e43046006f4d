import Builtins
import Interpreter
import Lang

/// What running one cell gave.
enum CellResult {
  /// It ran; its value when the last statement was an expression.
  case value(Value?)
  /// `?name`: a help page for the front end's pager.
  case page(String)
  /// It failed: the error's name, message and the located diagnostic's lines.
  case failure(name: String, message: String, traceback: [String])
  /// `exit(n)` was called: the front end is asked to shut the kernel down.
  case exit
}

extension Kernel {
  /// execute_request: execute_input, the cell's output, execute_result or error, the reply.
  /// Honours silent (nothing published, the count unchanged), store_history and
  /// stop_on_error (queued executions are aborted after an error).
  func execute(_ request: KernelRequest) {
    let message = request.message
    let code = message.string("code")
    let isSilent = message.bool("silent", false)
    let number = countInput(code, storesHistory: !isSilent && message.bool("store_history", true))
    if !isSilent {
      channels.publish(
        "execute_input", ["code": code, "execution_count": number], parent: message)
    }
    output.begin(message, isSilent: isSilent)
    progress.begin(message, isSilent: isSilent)
    let result = run(code, number: number)
    output.flush()
    var reply: [String: Any] = [
      "status": "ok", "execution_count": number, "user_expressions": [String: Any](),
      "payload": [[String: Any]](),
    ]
    reply.merge(publish(result, number: number, for: message, isSilent: isSilent)) { $1 }
    // Only what was queued before this reply is aborted; requests sent after it run.
    if case .failure = result, message.bool("stop_on_error", true) { abortQueuedExecutions() }
    channels.reply(request, "execute_reply", reply)
  }

  /// The execution count of an input; a stored input takes the next number and is kept for
  /// history, `%history` and `%save`.
  private func countInput(_ code: String, storesHistory: Bool) -> Int {
    guard storesHistory else { return executionCount }
    executionCount += 1
    history.append((executionCount, code))
    repl.record(code, number: executionCount)
    repl.count = executionCount + 1
    return executionCount
  }

  /// Publishes a cell's result or error; the fields it adds to the reply.
  private func publish(
    _ result: CellResult, number: Int, for message: KernelMessage, isSilent: Bool
  ) -> [String: Any] {
    switch result {
    case .value(let value):
      guard let value, !value.isNull else { return [:] }
      repl.remember(value, number: number)
      if !isSilent, let bundle = KernelOutput.bundle(value) {
        channels.publish(
          "execute_result",
          ["execution_count": number, "data": bundle, "metadata": [String: Any]()],
          parent: message)
      }
      return [:]
    case .page(let text):
      return ["payload": [["source": "page", "data": ["text/plain": text], "start": 0]]]
    case .exit:
      return ["payload": [["source": "ask_exit", "keepkernel": false]]]
    case .failure(let name, let text, let traceback):
      let error: [String: Any] = ["ename": name, "evalue": text, "traceback": traceback]
      if !isSilent { channels.publish("error", error, parent: message) }
      return error.merging(["status": "error"]) { $1 }
    }
  }

  /// Runs a cell: a `?name` help page, a `%magic` line or `!command` as the REPL runs
  /// them, or awi code.
  func run(_ code: String, number: Int) -> CellResult {
    let command = code.drop { $0.isWhitespace }
    if command.hasPrefix("?") { return help(String(command.dropFirst()), number: number) }
    if command.hasPrefix("!") {
      repl.runShell(String(command.dropFirst()))
      return .value(nil)
    }
    if command.hasPrefix("%") {
      Interrupts.clear()
      return repl.runMagic(String(command), number: number) == nil ? .value(nil) : .exit
    }
    Interrupts.clear()
    switch session.run(code, name: REPL.inputName(number), keepLastValue: true) {
    case .success(let value): return .value(value)
    case .rejected(let diagnostics):
      let name = diagnostics.first?.id == .undefinedName ? "NameError" : "SyntaxError"
      return failure(name, diagnostics)
    case .failed(let error):
      switch error.kind {
      case .exit: return .exit
      case .interrupted: return failure("Interrupted", [error.diagnostic])
      case .error: return failure("RuntimeError", [error.diagnostic])
      }
    }
  }

  /// An error as Jupyter shows it: the diagnostic the terminal shows, without colour.
  private func failure(_ name: String, _ diagnostics: [Diagnostic]) -> CellResult {
    var text = DiagnosticRenderer(useColor: false).render(diagnostics)
    if diagnostics.count > 1 { text += "\n\(diagnostics.count) errors\n" }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return .failure(name: name, message: diagnostics.first?.message ?? "", traceback: lines)
  }

  /// Answers every execute request still queued with `aborted`, as ipykernel does after an
  /// error with stop_on_error.
  private func abortQueuedExecutions() {
    for request in queue.removeAll(ofType: "execute_request") {
      channels.status("busy", parent: request.message)
      channels.reply(
        request, "execute_reply", ["status": "aborted", "execution_count": executionCount])
      channels.status("idle", parent: request.message)
    }
  }
}

extension Value {
  var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}
