#!/usr/bin/env bash
# Same as eval-dev.sh on the train split (develop rules on train, measure on dev).
exec "$(dirname "$0")/eval-dev.sh" train
