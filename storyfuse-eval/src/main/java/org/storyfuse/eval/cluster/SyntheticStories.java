package org.storyfuse.eval.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up labelled news for training and testing story grouping, generated from templates with a
 * seeded random generator (so the same seed gives the same file). Every name is invented from
 * syllables; no text comes from any real article. Two kinds of sets:
 * <ul>
 *   <li>{@link #incidents}: templated reports of different incidents of the same kind in different
 *       towns, with different victims and officials (a fire in one town and a fire in another share
 *       nearly every word but the names): each incident is one event and its own storyline;</li>
 *   <li>{@link #storylines}: threads that run for weeks (an arrest, the charges, the trial, the
 *       verdict; a quake, its aftershock, the aid, the rebuilding; a cup's rounds; a recall, a
 *       resignation, a fine), each event reported by a few outlets days or weeks after the last,
 *       and a second thread of the same kind with other actors.</li>
 * </ul>
 * Each line: {@code {id, title, text, date, cluster, storyline, topic}}; {@code cluster} is the
 * event, {@code storyline} the storyline, {@code topic} the kind (for cross-validation folds).
 */
public final class SyntheticStories {

  /** One made-up report. */
  public record Report(String id, String title, String text, LocalDate date, String event, String storyline,
      String topic) {}

  private static final String[] SYLLABLES = {"val", "mor", "kes", "tri", "bel", "dun", "ark", "lin", "sto", "ver",
      "ham", "cor", "pel", "ras", "ten", "bro", "gal", "nor", "fen", "qui", "sal", "tor", "wen", "zar", "lum", "dra"};
  private static final String[] TOWN_ENDS = {"by", "ton", "ford", "mere", "wick", "ham", "stad", "ova", "ia", "dal"};
  private static final String[] FIRST = {"Anna", "Marek", "Ilse", "Jonas", "Sofia", "Tomas", "Greta", "Pavel", "Lena",
      "Oskar", "Mira", "Erik", "Nadia", "Viktor", "Hanna", "Lukas", "Irena", "Felix", "Clara", "Adam", "Rosa", "Emil"};
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private final Random random;
  private final Set<String> used = new LinkedHashSet<>();

  public SyntheticStories(long seed) {
    this.random = new Random(seed);
  }

  // --- names -------------------------------------------------------------------------------

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  private String unique(java.util.function.Supplier<String> make) {
    for (int i = 0; i < 1000; i++) {
      String s = make.get();
      if (used.add(s)) {
        return s;
      }
    }
    throw new IllegalStateException("ran out of names");
  }

  String town() {
    return unique(() -> word(1 + random.nextInt(2)) + TOWN_ENDS[random.nextInt(TOWN_ENDS.length)]);
  }

  String person() {
    return unique(() -> FIRST[random.nextInt(FIRST.length)] + " " + word(2) + (random.nextBoolean() ? "er" : "ski"));
  }

  String company() {
    return unique(() -> word(2) + (random.nextBoolean() ? " Industries" : " Motors"));
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  // --- reports -----------------------------------------------------------------------------

  /**
   * A report from a title pool and a sentence pool: one title, the first sentence (the lead) from
   * the lead pool, then 3–5 of the other sentences in random order; slots {x} filled from the facts.
   */
  private String[] write(String[] titles, String[] leads, String[] sentences, Map<String, String> facts) {
    String title = fill(titles[random.nextInt(titles.length)], facts);
    List<String> rest = new ArrayList<>(List.of(sentences));
    Collections.shuffle(rest, random);
    int n = Math.min(rest.size(), 3 + random.nextInt(3));
    StringBuilder text = new StringBuilder(fill(leads[random.nextInt(leads.length)], facts));
    for (String s : rest.subList(0, n)) {
      text.append(random.nextInt(3) == 0 ? "\n\n" : " ").append(fill(s, facts));
    }
    return new String[] {title, text.toString()};
  }

  private static String fill(String template, Map<String, String> facts) {
    String out = template;
    for (Map.Entry<String, String> e : facts.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    if (out.contains("{")) {
      throw new IllegalStateException("unfilled slot in: " + out);
    }
    return out;
  }

  private Map<String, String> commonFacts(LocalDate date) {
    Map<String, String> f = new HashMap<>();
    f.put("weekday", WEEKDAYS[date.getDayOfWeek().getValue() - 1]);
    return f;
  }

  // --- incidents ---------------------------------------------------------------------------

  private record Kind(String name, String[] titles, String[] leads, String[] sentences) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("fire",
          new String[] {"Fire destroys warehouse in {town}", "{town} warehouse blaze kills {victim_short}",
              "Firefighter dies as warehouse burns in {town}", "Huge fire guts {town} storage depot"},
          new String[] {"A fire destroyed a warehouse in {town} on {weekday}, killing firefighter {victim}, {age}.",
              "Firefighter {victim}, {age}, died when a blaze swept through a warehouse in {town} on {weekday}.",
              "A warehouse in the {town} industrial zone burned down on {weekday} and firefighter {victim} was killed."},
          new String[] {"Fire chief {official} said the roof collapsed shortly after crews arrived.",
              "About {number} firefighters fought the flames for most of the night.",
              "The cause of the fire is not yet known, {official} told reporters.",
              "Residents of {town} were told to keep their windows closed because of the smoke.",
              "{victim} had served with the {town} fire brigade for {years} years.",
              "The warehouse, owned by {company}, stored furniture and paint.",
              "\"We have lost a brave colleague,\" {official} said.",
              "Police have opened an investigation into the blaze."}),
      new Kind("crash",
          new String[] {"Bus crash near {town} kills {number}", "{number} dead as bus leaves road near {town}",
              "Coach overturns outside {town}", "Driver {victim_short} among dead in {town} bus crash"},
          new String[] {"A bus carrying tourists left the road near {town} on {weekday}, killing {number} people including driver {victim}, {age}.",
              "{number} people died on {weekday} when a bus overturned on the highway outside {town}; the driver, {victim}, was among them.",
              "The driver of a tour bus, {victim}, and {number} passengers were killed in a crash near {town} on {weekday}."},
          new String[] {"Police spokesperson {official} said the bus had skidded on a wet curve.",
              "Another {years} passengers were taken to hospital in {town}.",
              "The bus was operated by {company}, which said it would cooperate with investigators.",
              "The road was closed for several hours while rescuers worked at the scene.",
              "{official} said it was too early to say what caused the crash.",
              "Relatives gathered at the {town} hospital through the night.",
              "The regional governor declared a day of mourning.",
              "Witnesses said the bus was travelling fast before it left the road."}),
      new Kind("shooting",
          new String[] {"Man shot dead in {town}", "Police hunt gunman after {town} killing",
              "{victim_short} killed in {town} shooting", "Shooting in {town} leaves one dead"},
          new String[] {"A man was shot dead outside a bar in {town} late on {weekday}, police said, naming him as {victim}, {age}.",
              "{victim}, {age}, was killed in a shooting in central {town} on {weekday} night.",
              "Police in {town} are searching for a gunman who shot {victim}, {age}, on {weekday}."},
          new String[] {"Detective {official} asked witnesses to come forward.",
              "The gunman fled on foot, according to the police.",
              "Officers cordoned off the street and searched nearby buildings.",
              "{victim} worked as a mechanic at {company}, his family said.",
              "It was the {years}th killing in {town} this year.",
              "\"This was a targeted attack,\" {official} told reporters.",
              "No arrests have been made so far.",
              "A vigil for {victim} is planned for the weekend."}),
      new Kind("flood",
          new String[] {"Floods force evacuations in {town}", "{town} river bursts its banks",
              "Thousands leave homes as {town} floods", "Flooding cuts off {town}"},
          new String[] {"Heavy rain caused the river in {town} to burst its banks on {weekday}, forcing {number} residents from their homes.",
              "About {number} people were evacuated in {town} on {weekday} after floodwater swept through the town centre.",
              "Floods hit {town} on {weekday}, and mayor {official} ordered the evacuation of {number} residents."},
          new String[] {"Mayor {official} said the water rose faster than forecast.",
              "Schools in {town} will remain closed until further notice.",
              "An elderly resident, {victim}, {age}, was rescued from a roof by boat.",
              "The weather service expects more rain over the next {years} days.",
              "Emergency shelters were opened in sports halls.",
              "Power was cut to large parts of {town}.",
              "\"We have never seen water this high,\" {official} said.",
              "The damage is estimated at several million euros, {company} insurers said."}),
      new Kind("explosion",
          new String[] {"Explosion at {company} plant in {town}", "Blast rocks factory in {town}",
              "Worker killed in {town} chemical plant explosion", "{town} factory blast injures {number}"},
          new String[] {"An explosion at the {company} chemical plant in {town} on {weekday} killed worker {victim}, {age}, and injured {number} others.",
              "A blast tore through a factory run by {company} in {town} on {weekday}; {victim}, {age}, was killed.",
              "{number} people were hurt and one, {victim}, was killed when a tank exploded at a {town} plant on {weekday}."},
          new String[] {"Plant manager {official} said the blast happened during maintenance work.",
              "Residents heard the explosion several kilometres away.",
              "Inspectors from the safety agency arrived at the site in the afternoon.",
              "{company} said production would be halted for {years} weeks.",
              "The injured were taken to hospitals in {town} and nearby cities.",
              "\"Our thoughts are with the family of {victim},\" {official} said.",
              "The plant produces fertiliser and cleaning chemicals.",
              "Police said there was no sign of a criminal act."}),
      new Kind("robbery",
          new String[] {"Armed robbers raid bank in {town}", "{town} bank robbery: guard {victim_short} injured",
              "Robbers escape with cash from {town} bank", "Police hunt {town} bank robbers"},
          new String[] {"Three armed men robbed a bank in {town} on {weekday} and escaped with about {number} thousand euros, injuring guard {victim}, {age}.",
              "A security guard, {victim}, {age}, was wounded when robbers raided a bank branch in {town} on {weekday}.",
              "Masked robbers held up the main bank in {town} on {weekday} morning and shot guard {victim}."},
          new String[] {"Police chief {official} said the robbers fled in a grey van.",
              "The bank, a branch of {company} Bank, will stay closed for {years} days.",
              "{victim} is in a stable condition in hospital.",
              "Customers were ordered to lie on the floor during the raid.",
              "\"It was over in three minutes,\" {official} said.",
              "Roadblocks were set up around {town}.",
              "Investigators are examining security camera footage.",
              "It was the first bank robbery in {town} in a decade."}),
      new Kind("rehab",
          new String[] {"{victim} checks into rehab", "Actor {victim} enters {clinic}",
              "{victim} seeks treatment at {clinic}", "{victim_short} in rehab, spokesperson says"},
          new String[] {"Actor {victim}, {age}, has checked into the {clinic} treatment centre, a spokesperson said on {weekday}.",
              "{victim} has entered rehab at the {clinic} clinic in {town}, the actor's representative said on {weekday}.",
              "The {age}-year-old actor {victim} is receiving treatment at the {clinic} centre, {official} confirmed on {weekday}."},
          new String[] {"Spokesperson {official} asked for privacy for the family.",
              "{victim} is known for the series {company} Nights.",
              "The spokesperson would not say what {victim} is being treated for.",
              "Friends said the actor had struggled in recent months.",
              "{victim} had been due to start filming a new project in {years} weeks.",
              "The {clinic} centre treats addiction and stress disorders.",
              "\"We appreciate everyone's support,\" {official} said.",
              "The studio said the production schedule would be reviewed."}),
      new Kind("collapse",
          new String[] {"Bridge collapses in {town}", "{town} bridge falls into river",
              "Cars plunge as {town} bridge gives way", "Bridge collapse in {town} kills {victim_short}"},
          new String[] {"A road bridge in {town} collapsed on {weekday}, sending {number} cars into the river and killing driver {victim}, {age}.",
              "{victim}, {age}, died when the old bridge over the river in {town} gave way on {weekday}.",
              "Part of a bridge in {town} fell into the river on {weekday}; {number} vehicles were on it, and {victim} was killed."},
          new String[] {"Engineer {official} said the bridge had been inspected {years} years ago.",
              "Divers searched the river for more victims.",
              "The bridge, built by {company}, carried about ten thousand vehicles a day.",
              "Traffic in {town} was diverted through the city centre.",
              "\"We will find out why this happened,\" {official} said.",
              "Residents had complained about cracks in the bridge for years.",
              "The transport minister visited the site in the evening.",
              "All bridges of the same design will be checked, the ministry said."}));

  /**
   * {@code incidentsPerKind} incidents of each kind, each in its own town with its own people, each
   * told by 3–5 reports on its day or the next; incidents of one kind within {@code windowDays}.
   */
  public List<Report> incidents(int incidentsPerKind, int windowDays, String prefix) {
    List<Report> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2019, 3, 1);
    int n = 0;
    for (Kind kind : KINDS) {
      for (int i = 0; i < incidentsPerKind; i++) {
        LocalDate day = start.plusDays(random.nextInt(windowDays));
        Map<String, String> facts = commonFacts(day);
        facts.put("town", town());
        String victim = person();
        facts.put("victim", victim);
        facts.put("victim_short", victim.substring(victim.indexOf(' ') + 1));
        facts.put("official", person());
        facts.put("company", company().replace(" Industries", "").replace(" Motors", ""));
        facts.put("clinic", word(2) + " " + pick("House", "Springs", "Grove"));
        facts.put("age", String.valueOf(22 + random.nextInt(50)));
        facts.put("number", String.valueOf(3 + random.nextInt(40)));
        facts.put("years", String.valueOf(2 + random.nextInt(20)));
        String event = prefix + "-" + kind.name() + "-" + i;
        int reports = 3 + random.nextInt(3);
        for (int r = 0; r < reports; r++) {
          LocalDate d = day.plusDays(random.nextInt(4) == 0 ? 1 : 0);
          Map<String, String> f = new HashMap<>(facts);
          f.putAll(commonFacts(day));
          String[] tt = write(kind.titles(), kind.leads(), kind.sentences(), f);
          out.add(new Report(prefix + "-" + (n++), tt[0], tt[1], d, event, event, prefix + "-" + kind.name()));
        }
      }
    }
    return out;
  }

  // --- storylines --------------------------------------------------------------------------

  private record Stage(String name, int minGap, int maxGap, String[] titles, String[] leads, String[] sentences) {}

  private record Arc(String name, List<Stage> stages) {}

  private static final List<Arc> ARCS = List.of(
      new Arc("trial", List.of(
          new Stage("arrest", 0, 0,
              new String[] {"{suspect} arrested over {town} {crime}", "Police detain {suspect_short} after {crime} in {town}"},
              new String[] {"Police in {town} arrested {suspect}, {age}, on {weekday} in connection with the {crime} of {victim}.",
                  "{suspect} was detained on {weekday} over the {crime} of {victim} in {town}, police said."},
              new String[] {"Inspector {official} said the arrest followed a tip from the public.",
                  "{victim} was found dead in {town} {years} days ago.", "{suspect} has not commented.",
                  "Officers searched a flat in the north of {town}."}),
          new Stage("charged", 2, 6,
              new String[] {"{suspect_short} charged with {crime} of {victim}", "{town} {crime}: {suspect} charged"},
              new String[] {"Prosecutors charged {suspect} on {weekday} with the {crime} of {victim} in {town}.",
                  "{suspect}, {age}, appeared in court in {town} on {weekday} charged with the {crime} of {victim}."},
              new String[] {"Prosecutor {prosecutor} said the evidence was strong.",
                  "{suspect} was remanded in custody.", "Defence lawyer {lawyer} said the client denies the charge.",
                  "The family of {victim} attended the hearing."}),
          new Stage("trial", 30, 80,
              new String[] {"Trial of {suspect} opens in {town}", "{suspect_short} trial begins over {victim} {crime}"},
              new String[] {"The trial of {suspect}, accused of the {crime} of {victim}, opened in {town} on {weekday}.",
                  "{suspect} pleaded not guilty on {weekday} as the trial over the {crime} of {victim} began in {town}."},
              new String[] {"Prosecutor {prosecutor} told the jury that {suspect} had planned the attack.",
                  "Lawyer {lawyer} said there was no forensic evidence against the client.",
                  "The trial is expected to last {years} weeks.", "Witnesses will include the first officers at the scene."}),
          new Stage("verdict", 10, 25,
              new String[] {"{suspect} found guilty of {victim} {crime}", "Jury convicts {suspect_short} in {town} {crime} trial"},
              new String[] {"A jury in {town} found {suspect} guilty on {weekday} of the {crime} of {victim}.",
                  "{suspect} was convicted on {weekday} of the {crime} of {victim}, ending a trial in {town}."},
              new String[] {"The jury deliberated for {years} hours.", "{lawyer} said the defence would appeal.",
                  "Relatives of {victim} wept as the verdict was read.", "Sentencing was set for next month."}))),
      new Arc("quake", List.of(
          new Stage("quake", 0, 0,
              new String[] {"Earthquake of magnitude {magnitude} hits {region}", "Strong quake shakes {region}, {number} dead"},
              new String[] {"An earthquake of magnitude {magnitude} struck {region} on {weekday}, killing at least {number} people in {town}.",
                  "A powerful earthquake hit {region} on {weekday}, flattening buildings in {town} and killing {number}."},
              new String[] {"Rescuers searched the rubble through the night.", "Governor {official} declared an emergency in {region}.",
                  "The epicentre was {years} kilometres from {town}.", "Hospitals in {town} were overwhelmed."}),
          new Stage("aftershock", 3, 15,
              new String[] {"Strong aftershock rattles {region}", "Aftershock hits {town} as rescue goes on"},
              new String[] {"A magnitude {magnitude2} aftershock shook {region} on {weekday}, days after the earthquake that devastated {town}.",
                  "An aftershock of magnitude {magnitude2} struck near {town} on {weekday}, sending residents into the streets."},
              new String[] {"No new deaths were reported.", "Governor {official} urged people to stay out of damaged buildings.",
                  "Tents were put up in the parks of {town}.", "Seismologists expect more aftershocks."}),
          new Stage("aid", 5, 20,
              new String[] {"Donors pledge aid for {region} quake victims", "Aid for {town} reaches {money} million"},
              new String[] {"International donors pledged {money} million euros on {weekday} for the rebuilding of {town} after the {region} earthquake.",
                  "Aid for the victims of the earthquake in {region} rose to {money} million euros on {weekday}."},
              new String[] {"Minister {minister} thanked the donors.", "The money will go to housing and schools in {town}.",
                  "Aid groups warned that winter is coming.", "Governor {official} said thousands still live in tents."}),
          new Stage("rebuild", 40, 120,
              new String[] {"Rebuilding begins in quake-hit {town}", "{town} rebuilds months after {region} earthquake"},
              new String[] {"Months after the earthquake in {region}, work began on {weekday} to rebuild {number} homes in {town}.",
                  "The first new homes for earthquake survivors in {town} were handed over on {weekday}."},
              new String[] {"Minister {minister} visited the site.", "Many residents are still in temporary shelters.",
                  "Governor {official} said the work would take {years} years.", "The new buildings are designed to resist strong quakes."}))),
      new Arc("cup", List.of(
          new Stage("opener", 0, 0,
              new String[] {"{team} win {cup} opener", "{team} beat {rival} to start {cup}"},
              new String[] {"{team} beat {rival} {score} on {weekday} in the opening match of the {cup}.",
                  "The {cup} began on {weekday} with a {score} win for {team} over {rival}."},
              new String[] {"Striker {player} scored twice.", "Coach {coach} praised the defence.",
                  "About {number} thousand fans watched in {town}.", "{rival} coach {official} blamed the heat."}),
          new Stage("semi", 6, 12,
              new String[] {"{team} reach {cup} final", "{player} sends {team} into {cup} final"},
              new String[] {"{team} reached the final of the {cup} on {weekday}, beating {rival2} {score}.",
                  "A goal from {player} took {team} past {rival2} and into the {cup} final on {weekday}."},
              new String[] {"Coach {coach} said the team had earned its place.", "{rival2} had a goal disallowed.",
                  "The final will be played in {town}.", "{player} has now scored {years} goals in the tournament."}),
          new Stage("final", 3, 6,
              new String[] {"{team} win the {cup}", "{team} crowned {cup} champions"},
              new String[] {"{team} won the {cup} on {weekday}, beating {rival3} {score} in the final in {town}.",
                  "{team} are {cup} champions after a {score} win over {rival3} in {town} on {weekday}."},
              new String[] {"Captain {player} lifted the trophy.", "Coach {coach} dedicated the win to the fans.",
                  "It is the club's first title in {years} years.", "Thousands celebrated in the streets."}))),
      new Arc("recall", List.of(
          new Stage("recall", 0, 0,
              new String[] {"{company} recalls {number} thousand {product}", "{company} {product} recalled over fire risk"},
              new String[] {"{company} recalled {number} thousand {product} on {weekday} after reports of battery fires.",
                  "Owners of {company} {product} were told on {weekday} to stop using them because of a fire risk."},
              new String[] {"Chief executive {ceo} apologised to customers.", "The fires were reported in {years} countries.",
                  "Customers will receive a replacement battery.", "Regulator {official} said it was monitoring the recall."}),
          new Stage("resign", 10, 30,
              new String[] {"{company} chief {ceo} resigns", "{ceo} quits {company} after {product} recall"},
              new String[] {"{ceo} resigned as chief executive of {company} on {weekday}, weeks after the recall of its {product}.",
                  "{company} said on {weekday} that {ceo} had stepped down following the {product} recall."},
              new String[] {"Shares in {company} rose after the announcement.", "Board chair {chair} will lead the company for now.",
                  "The recall is expected to cost {money} million euros.", "{ceo} had led the company for {years} years."}),
          new Stage("fine", 20, 60,
              new String[] {"Regulator fines {company} over {product} fires", "{company} fined {money} million over recall"},
              new String[] {"The safety regulator fined {company} {money} million euros on {weekday} over the battery fires in its {product}.",
                  "{company} must pay {money} million euros for selling {product} that caught fire, the regulator ruled on {weekday}."},
              new String[] {"Regulator {official} said the company had ignored early warnings.", "{company} said it would not appeal.",
                  "Interim chief {chair} said safety checks had been tightened.", "The fine is the largest of its kind."}))));

  /**
   * {@code threadsPerArc} threads of each arc, each with its own actors, each event told by 2–4
   * reports over a day or two, events days to months apart.
   */
  public List<Report> storylines(int threadsPerArc, String prefix) {
    List<Report> out = new ArrayList<>();
    int n = 0;
    for (Arc arc : ARCS) {
      for (int t = 0; t < threadsPerArc; t++) {
        LocalDate day = LocalDate.of(2020, 1, 6).plusDays(random.nextInt(200));
        Map<String, String> facts = new HashMap<>();
        facts.put("town", town());
        facts.put("region", word(2) + pick(" Province", " Valley", " Coast"));
        String suspect = person();
        facts.put("suspect", suspect);
        facts.put("suspect_short", suspect.substring(suspect.indexOf(' ') + 1));
        facts.put("victim", person());
        facts.put("crime", pick("murder", "killing", "stabbing"));
        for (String k : List.of("official", "prosecutor", "lawyer", "minister", "player", "coach", "ceo", "chair")) {
          facts.put(k, person());
        }
        facts.put("team", word(2) + pick(" United", " Rovers", " City"));
        facts.put("rival", word(2) + pick(" Athletic", " Town", " Wanderers"));
        facts.put("rival2", word(2) + pick(" Athletic", " Town", " Wanderers"));
        facts.put("rival3", word(2) + pick(" Athletic", " Town", " Wanderers"));
        facts.put("cup", word(2) + " Cup");
        facts.put("company", company());
        facts.put("product", pick("e-bikes", "scooters", "heaters", "laptops"));
        facts.put("age", String.valueOf(20 + random.nextInt(50)));
        facts.put("magnitude", (6 + random.nextInt(3)) + "." + random.nextInt(10));
        facts.put("magnitude2", "5." + random.nextInt(10));
        String thread = prefix + "-" + arc.name() + "-" + t;
        for (Stage stage : arc.stages()) {
          day = day.plusDays(stage.minGap() + random.nextInt(stage.maxGap() - stage.minGap() + 1));
          Map<String, String> f = new HashMap<>(facts);
          f.putAll(commonFacts(day));
          f.put("number", String.valueOf(3 + random.nextInt(90)));
          f.put("years", String.valueOf(2 + random.nextInt(20)));
          f.put("money", String.valueOf(5 + random.nextInt(300)));
          f.put("score", (1 + random.nextInt(3)) + "-" + random.nextInt(2));
          int reports = 2 + random.nextInt(3);
          for (int r = 0; r < reports; r++) {
            LocalDate d = day.plusDays(random.nextInt(3) == 0 ? 1 : 0);
            String[] tt = write(stage.titles(), stage.leads(), stage.sentences(), f);
            out.add(new Report(prefix + "-" + (n++), tt[0], tt[1], d, thread + "-" + stage.name(), thread,
                prefix + "-" + arc.name()));
          }
        }
      }
    }
    return out;
  }

  /** One JSON object a line, as {@code storyfuse eval clustering} reads. */
  public static String jsonl(List<Report> reports) {
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    for (Report r : reports) {
      ObjectNode o = json.createObjectNode();
      o.put("id", r.id());
      o.put("title", r.title());
      o.put("text", r.text());
      o.put("date", r.date().toString());
      o.put("cluster", r.event());
      o.put("storyline", r.storyline());
      o.put("topic", r.topic());
      out.append(o).append('\n');
    }
    return out.toString();
  }
}
