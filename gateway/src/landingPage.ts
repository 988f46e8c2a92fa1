/** What `/` shows until the dashboard is served there. */
export const landingPage = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Lägesbild</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<main>
<h1>Lägesbild</h1>
<p>Plattformen är igång. Instrumentpanelen kommer här; till dess svarar grafen på <a href="/graphql">/graphql</a>.</p>
<p lang="en">The platform is running. The dashboard will live here; until then the graph answers at /graphql.</p>
<p><a href="/readyz">/readyz</a> · <a href="/healthz">/healthz</a></p>
</main>
</body>
</html>
`;
