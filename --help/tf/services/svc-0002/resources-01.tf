resource "aws_sqs_queue" "r1_0" {
  name = "${local.name}-1-0"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 66923 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r1_1" {
  name = "${local.name}-1-1"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 27424 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r1_2" {
  name = "${local.name}-1-2"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 96693 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r1_3" {
  name = "${local.name}-1-3"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 2493 for benchmarks; mentions 0.0.0.0/0 only in text"
}

