"""The whole jupyter_kernel_test suite against the awish kernel, every sample filled."""
import sys
import unittest

import kernelspec  # noqa: F401  (installs the spec first)
import jupyter_kernel_test as jkt


class AwishKernelTests(jkt.KernelTests):
    kernel_name = kernelspec.KERNEL
    language_name = "awi"
    file_extension = ".awi"

    code_hello_world = 'print("hello, world")'
    # A usage error of a magic goes to standard error, as in the terminal REPL.
    code_stderr = "%nosuchmagic"
    completion_samples = [
        {"text": "pri", "matches": {"print"}},
        {"text": "read_cs", "matches": {"read_csv"}},
        {"text": "round(2.5, dig", "matches": {"digits="}},
    ]
    complete_code_samples = ["1 + 1", "x = [1, 2]", "fn f(x) {\n  x * 2\n}", "%who", "?print"]
    incomplete_code_samples = ["fn f(x) {", "[1, 2,", "print(1,"]
    invalid_code_samples = ["1 +* 2", "x = )"]
    code_page_something = "?print"
    code_generate_error = "undefined_name + 1"
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "[1, 2]", "result": "[1, 2]"},
        {"code": "frame(depth=[5.0, 10.0])", "mime": "text/html"},
    ]
    code_display_data = [
        {"code": "display(frame(a=[1, 2]))", "mime": "text/html"},
        {"code": "display(plot([1, 2, 3], [4, 5, 6]))", "mime": "image/png"},
        {"code": "display(plot([1, 2, 3], [4, 5, 6]))", "mime": "image/svg+xml"},
    ]
    code_history_pattern = "6 *"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "print"
    code_clear_output = "clear_output()"


class AwishWelcomeTests(jkt.IopubWelcomeTests):
    kernel_name = kernelspec.KERNEL
    support_iopub_welcome = True


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() and not result.skipped else 1)
