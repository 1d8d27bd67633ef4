c=g!=gr/t>{cl>t>{clg!=gr/t>{cl>t>{cl>gsOfult.
_>{cl>t>t>{cl>t>{cl>gsOfult.
_g>gsOc=g!=gr/t>{cl>t>{clg!=gr/t>{cl>t>{cl>gsOfult.
_>{cl>t>t>{cl>t>{cl>gsOfult.
_g>gsOt>{cl>t>{clg!=gr/t>{c>{cl>gsOfult.
_gnst>{cl>t>{clg!=gr/t>{c>{cl>gsOfult.
_gns