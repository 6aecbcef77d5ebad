package org.socialreports.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis that labels only every n-th category, so that years of months do not print
 * their names on top of one another.
 */
final class SparseCategoryAxis extends CategoryAxis {

	private final int step;

	SparseCategoryAxis(int step) {
		this.step = Math.max(1, step);
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
		List<CategoryTick> ticks = super.refreshTicks(g2, state, dataArea, edge);
		List<CategoryTick> sparse = new ArrayList<>(ticks.size());
		for (int i = 0; i < ticks.size(); i++) {
			CategoryTick tick = ticks.get(i);
			boolean labelled = (i % this.step == 0);
			sparse.add(labelled ? tick : new CategoryTick(tick.getCategory(), new TextBlock(), tick.getLabelAnchor(),
					tick.getRotationAnchor(), tick.getAngle()));
		}
		return sparse;
	}

}
