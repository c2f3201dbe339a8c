import logging
logging.info("this is not shown")
logging.debug("neither is this")
logger = logging.getLogger(__name__)
logger.info("hidden info")
print(logger.name)
print(logging.getLogger("a.b").name)
print("logging done")
