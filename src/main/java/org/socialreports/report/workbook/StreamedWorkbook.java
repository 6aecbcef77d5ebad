package org.socialreports.report.workbook;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streamed workbook whose temporary row files are compressed at the fastest level: they are
 * read once, a few seconds later, so their size matters less than the time spent squeezing
 * them. Deflating a million rows at the default level took longer than writing them. The
 * workbook itself keeps the default level.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

	StreamedWorkbook(XSSFWorkbook template, int rowsInMemory) {
		super(template, rowsInMemory);
		// a million posts take gigabytes of XML uncompressed
		setCompressTempFiles(true);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new FastGzipSheetDataWriter();
	}

	private static final class FastGzipSheetDataWriter extends GZIPSheetDataWriter {

		FastGzipSheetDataWriter() throws IOException {
		}

		@Override
		protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
			return new GZIPOutputStream(fos) {
				{
					this.def.setLevel(Deflater.BEST_SPEED);
				}
			};
		}

	}

}
