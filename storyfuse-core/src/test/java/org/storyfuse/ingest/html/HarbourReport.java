package org.storyfuse.ingest.html;

import java.util.List;

/** A made-up news report of seven paragraphs of plain prose (a harbour dredging plan), for the extraction tests. */
final class HarbourReport {

  /** The report's paragraphs, in order. */
  static final List<String> PARAGRAPHS = List.of(
      "The harbour authority approved a plan on Tuesday to deepen the eastern channel by two metres, so"
          + " that the larger ferries ordered for next year can dock at low tide without waiting offshore.",
      "Dredging will start in March and last about eleven weeks, the authority said, with work paused"
          + " during the two weeks of the spring regatta when the channel is closed to heavy vessels.",
      "Fishermen who moor along the eastern quay will be moved to temporary berths on the western side"
          + " for the duration, and the authority will pay for the extra electricity connections there.",
      "The plan still needs a permit from the environment agency, which asked for sediment samples from"
          + " twelve points along the channel before it decides, probably in the first week of February.",
      "Local councillors welcomed the decision but asked the authority to publish the dredging schedule"
          + " online, so that sailing clubs and the lifeboat crew can plan their training around it.",
      "The ferry operator said the new vessels would cut the crossing to the islands by a quarter of an"
          + " hour and carry forty more cars on each trip during the busy summer months.",
      "The cost of the work, about four million euros, will be shared between the authority and the"
          + " regional government, which set the money aside in its budget for next year in October.");

  private HarbourReport() {}
}
