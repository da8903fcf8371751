// Preloaded into a measured process (node --import): prints its peak resident memory at exit.
process.on('exit', () => process.stderr.write(`\nkubegate-bench-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
