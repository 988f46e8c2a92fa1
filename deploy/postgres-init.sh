#!/usr/bin/env bash
# Creates one login role and one database per subgraph, each database owned by its role and closed to every other
# role, so that a subgraph can reach only its own data. docker-compose.yml mounts this file into the postgres
# container's /docker-entrypoint-initdb.d/, which the image runs once: on the first start, when the data volume is
# empty. The passwords come from the container's environment (<NAME>_DB_PASSWORD); the subgraphs' DATABASE_URLs use
# the same variables. One line per subgraph in schema/supergraph.yaml below (dockerCompose.test.ts checks that each
# database is named here).
set -Eeo pipefail

create_subgraph_database() {
  local name="$1" password_variable="$2"
  local password="${!password_variable}"
  if [[ -z "$password" ]]; then
    echo "postgres-init: $password_variable is not set; it is the password of the $name role" >&2
    exit 1
  fi
  # psql substitutes :"name" (an identifier) and :'password' (a literal) with proper quoting.
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set name="$name" --set password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
  echo "postgres-init: created role and database $name"
}

create_subgraph_database lagesbild_offices OFFICES_DB_PASSWORD
create_subgraph_database lagesbild_schools SCHOOLS_DB_PASSWORD
create_subgraph_database lagesbild_interventions INTERVENTIONS_DB_PASSWORD
create_subgraph_database lagesbild_outcomes OUTCOMES_DB_PASSWORD
