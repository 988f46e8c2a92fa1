#!/usr/bin/env bash
# Creates one login role and one database per subgraph, each database owned by its role and closed to every other
# role, so that a subgraph can reach only its own data. docker-compose.yml mounts this file into the postgres
# container's /docker-entrypoint-initdb.d/, which the image runs once: on the first start, when the data volume is
# empty. The passwords come from the container's environment (<NAME>_DB_PASSWORD); the subgraphs' DATABASE_URLs use
# the same variables. One line per subgraph in schema/supergraph.yaml below (dockerCompose.test.ts checks that each
# database is named here).
set -Eeo pipefail

# Each database also gets a runtime role (<name>_runtime) that owns nothing and cannot bypass row-level security:
# the subgraph migrates as the owner and serves requests as the runtime role (RUNTIME_DATABASE_URL).
create_subgraph_database() {
  local name="$1" password_variable="$2" runtime_password_variable="$3"
  local password="${!password_variable}" runtime_password="${!runtime_password_variable}"
  if [[ -z "$password" || -z "$runtime_password" ]]; then
    echo "postgres-init: set $password_variable and $runtime_password_variable, the passwords of the $name roles" >&2
    exit 1
  fi
  # psql substitutes :"name" (an identifier) and :'password' (a literal) with proper quoting.
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set name="$name" --set password="$password" \
    --set runtime="${name}_runtime" --set runtime_password="$runtime_password" <<'SQL'
CREATE ROLE :"name" LOGIN NOBYPASSRLS PASSWORD :'password';
CREATE ROLE :"runtime" LOGIN NOBYPASSRLS PASSWORD :'runtime_password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"name" TO :"runtime";
SQL
  echo "postgres-init: created roles and database $name"
}

create_subgraph_database lagesbild_offices OFFICES_DB_PASSWORD OFFICES_RUNTIME_DB_PASSWORD
create_subgraph_database lagesbild_schools SCHOOLS_DB_PASSWORD SCHOOLS_RUNTIME_DB_PASSWORD
create_subgraph_database lagesbild_interventions INTERVENTIONS_DB_PASSWORD INTERVENTIONS_RUNTIME_DB_PASSWORD
create_subgraph_database lagesbild_outcomes OUTCOMES_DB_PASSWORD OUTCOMES_RUNTIME_DB_PASSWORD
