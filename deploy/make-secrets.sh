#!/bin/sh
# Create the secret files docker-compose.yml reads (once per installation; keep them safe and
# backed up — without the PII keys the encrypted customer data cannot be read).
#   deploy/make-secrets.sh [directory]     (default: ./secrets)
set -eu
dir="${1:-secrets}"
umask 077
mkdir -p "$dir"
chmod 700 "$dir"
make() {  # name, value: write unless it exists (never overwrite a key in use)
  if [ -e "$dir/$1" ]; then echo "kept    $dir/$1"; return; fi
  printf '%s' "$2" > "$dir/$1"
  echo "created $dir/$1"
}
rand() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
make bankpm_secret_key "$(rand 48)"
make bankpm_pii_keys "k1:$(rand 32)"
make bankpm_pii_index_key "$(rand 32)"
if [ ! -e "$dir/postgres_password" ]; then
  password="$(head -c 24 /dev/urandom | base64 | tr -d '\n/+=')"
  make postgres_password "$password"
  make database_url "postgres://bankpm:$password@db:5432/bankpm"
else
  echo "kept    $dir/postgres_password"
fi
