"""multiprocessing.log_to_stderr() shows what the module does."""
import logging
import multiprocessing as mp


def work():
    # The module's logger is an ordinary logger: yours to use too.
    mp.get_logger().info("hello from the child")


def fixed_temp_name(record):
    # The fork server's temporary folder gets a random name: a fixed
    # one keeps this page's recording stable.
    if record.msg.startswith("created temp directory"):
        record.args = ("/tmp/pymp-random",)
    return True


if __name__ == "__main__":
    logger = mp.log_to_stderr(logging.INFO)
    logger.addFilter(fixed_temp_name)
    child = mp.Process(target=work)
    child.start()
    child.join()
    logger.info("child's exit code: %s", child.exitcode)
