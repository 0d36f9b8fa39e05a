package dev.meridian.ticket.internal;

import dev.meridian.ticket.Priority;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores priority as its rank (0 = low … 3 = urgent) so that sorting by the column sorts by urgency. */
@Converter
class PriorityConverter implements AttributeConverter<Priority, Short> {

	@Override
	public Short convertToDatabaseColumn(Priority priority) {
		return (short) priority.ordinal();
	}

	@Override
	public Priority convertToEntityAttribute(Short rank) {
		return Priority.values()[rank];
	}
}
