resource "aws_dynamodb_table" "r23_0" {
  name = "${local.name}-23-0"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 71506 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r23_1" {
  name = "${local.name}-23-1"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 81469 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r23_2" {
  name = "${local.name}-23-2"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 57088 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r23_3" {
  name = "${local.name}-23-3"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 2130 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r23_4" {
  name = "${local.name}-23-4"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 22852 for benchmarks; mentions 0.0.0.0/0 only in text"
}

