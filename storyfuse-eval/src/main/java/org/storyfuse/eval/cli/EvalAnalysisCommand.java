package org.storyfuse.eval.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.AnalysisEvaluation;
import org.storyfuse.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = "Analyses a folder of reports with a gold.json beside them (../shared/seeds) and scores "
        + "entity recall, roles, quote speakers and timeline dates against it.")
final class EvalAnalysisCommand implements Callable<Integer> {

  @Mixin GoldFolderArgument folder;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    GoldFolder reports = folder.read();
    Path gold = reports.gold();
    IngestResult read = reports.read();
    Map<String, AnalyzedArticle> byId = analysis.analyse(read.articles(), 2, true);
    AnalysisEvaluation.Report r = AnalysisEvaluation.run(gold,
        read.articles().stream().map(a -> byId.get(a.id())).toList());

    Table entities = new Table("gold item", "found", "as / speakers / evidence");
    r.entities().forEach(e -> entities.row(e.type() + ": " + e.name(), e.found() ? "yes" : "NO", e.foundAs()));
    r.roles().forEach(x -> entities.row("role: " + x.person() + " = " + x.expected(), x.ok() ? "yes" : "NO",
        String.join("; ", x.found())));
    r.quotes().forEach(q -> entities.row("quote: " + q.speaker() + " ← “" + q.contains() + "” (" + q.file() + ")",
        q.ok() ? "yes" : q.found() ? "WRONG SPEAKER" : "NOT FOUND", String.valueOf(q.speakers())));
    r.timeline().forEach(t -> entities.row("date: " + t.date() + " " + t.eventContains(), t.ok() ? "yes" : "NO",
        t.evidence() == null ? "" : t.evidence()));
    System.out.print(entities);

    Table summary = new Table("measure", "result");
    for (String type : List.of("person", "organization", "location")) {
      summary.row(type + " recall", r.entitiesFound(type) + "/" + r.entities(type));
    }
    summary.row("people with the gold role", r.rolesOk() + "/" + r.roles().size());
    summary.row("gold quotes found", r.quotesFound() + "/" + r.quotes().size());
    summary.row("gold quotes with the right speaker", r.quotesOk() + "/" + r.quotes().size());
    summary.row("gold timeline dates right", r.timelineOk() + "/" + r.timeline().size());
    summary.row("profile", analysis.level.name().toLowerCase());
    System.out.println();
    System.out.print(summary);
    return r.targetsMet() ? 0 : 1;
  }
}
