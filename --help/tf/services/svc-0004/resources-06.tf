resource "aws_dynamodb_table" "r6_0" {
  name = "${local.name}-6-0"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 90114 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r6_1" {
  name = "${local.name}-6-1"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 66922 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r6_2" {
  name = "${local.name}-6-2"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 50292 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r6_3" {
  name = "${local.name}-6-3"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 77843 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r6_4" {
  name = "${local.name}-6-4"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 50339 for benchmarks; mentions 0.0.0.0/0 only in text"
}

