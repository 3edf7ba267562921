# micropython-lib name of requests
from requests import *
