package org.medinsure.warehouse.transform.taxonomy;

import java.io.Serializable;

/**
 * The canonical headings of one indicator row.
 *
 * @param level1 canonical level-1 heading, null when the form prints none and the level 2 implies none
 * @param level2 canonical level-2 heading, null when the printed one is missing or not a level-2 heading
 * @param unknownLevel1 the printed level-1 heading is not in the level file (a problem worth reporting)
 * @param unknownLevel2 the printed level-2 heading is in neither level of the level file
 */
public record CanonicalLevels(String level1, String level2, boolean unknownLevel1, boolean unknownLevel2)
        implements Serializable {
}
